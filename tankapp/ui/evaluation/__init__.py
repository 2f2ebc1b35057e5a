"""The Evaluering section: rounds, answers from paper and the kiosk, interview notes, results, learning points."""
