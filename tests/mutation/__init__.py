"""Mutation testing for one module or package of campdoc (docs/testing.md).

``python -m tests.mutation campdoc.content.markdown [--sample 0.3 --seed 1]`` runs mutmut
([tool.mutmut] in pyproject.toml) on the mutants of that module, all of them or a
reproducible sample, and writes its row of the table in docs/testing.md. Mutants that no
test can kill because they behave like the original are listed, each with its reason, in
tests/mutation/equivalent.toml.
"""
