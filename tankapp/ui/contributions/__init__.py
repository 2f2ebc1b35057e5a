"""The Contributions section (Bidrag): the register, the matrix, the contribution dialog."""
