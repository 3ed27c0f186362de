"""The cost estimator: a plan and a course of sessions in, each session's cost out.

engine (the arithmetic), request (reading a request and its errors), plan (the plan model),
fees (Medicare's national prices), explain (the notes behind every number) and sheet (the
printable summary's choices).
"""
