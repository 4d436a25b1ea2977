"""Evaluation: score sitrep's extraction against gold files (``sitrep eval``).

Modules, each one concern:

- :mod:`.gold` reads our own gold format (``sitrep``, JSON Lines);
- :mod:`.facts` reduces a gold or predicted attack to the facts that are scored;
- :mod:`.scoring` matches predicted to gold attacks and tallies every field;
- :mod:`.detection` and the adapters :mod:`.case2021`, :mod:`.plover`,
  :mod:`.wikievents` score attack detection on the shared development sets;
- :mod:`.airforce` and the adapters :mod:`.airforce_morning`, :mod:`.airforce_channel`,
  :mod:`.airforce_infographics` (with its column table :mod:`.infographic_columns`) score
  the figures read from Ukrainian Air Force texts;
- :mod:`.polnear` scores quotes and their speakers against the PolNeAR attributions;
- :mod:`.report` holds the results and renders them; :mod:`.gate` checks floors;
- :mod:`.runner` runs the extractor and the scorer; :mod:`.command` is the CLI.

Nothing is imported here, so that loading :mod:`.command` for the CLI stays cheap; import
from the modules (``from sitrep.evaluation.runner import evaluate``).
"""
