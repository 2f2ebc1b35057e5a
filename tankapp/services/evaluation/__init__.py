"""Self-evaluation: questionnaires, rounds, members' responses, interview notes, results,
learning points and the pseudonymised export.

The modules:

* :mod:`.questionnaire`: the questions as data, with a version; the standard questionnaire;
* :mod:`.rounds`: baseline / midway / end rounds and who they ask;
* :mod:`.responses`: recording, declining and clearing a member's response; a round's members;
* :mod:`.interviews`: interview notes per member;
* :mod:`.results`: figures per group and overall, knowledge gain (``MIN_ANSWERS`` lives there);
* :mod:`.learning`: promoters and barriers from the evaluations and the contributions;
* :mod:`.export`: the pseudonymised rows for analysis, as XLSX or CSV;
* :mod:`.report`: the final evaluation report's data (figures, gain, learning points) and its PDF;
* :mod:`.demo`: the demo think tank's evaluation.
"""
