"""Integer-exact largest remainder in pandas + numpy: read_csv, vectorised quotas, to_csv.
Ties go to the larger weight, then the lower name, as in Fordeling. Usage: pandas_numpy.py TOTAL_UNITS IN OUT"""
import sys

import numpy as np
import pandas as pd

total = int(sys.argv[1])
frame = pd.read_csv(sys.argv[2], sep=";", dtype={"Part": str, "Vægt": np.int64})
weights = frame["Vægt"].to_numpy(dtype=np.int64)
weight_sum = int(weights.sum())
products = weights * np.int64(total)  # the benchmark keeps total × weight below 2^63
floors = products // weight_sum
remainders = products % weight_sum
leftover = total - int(floors.sum())
order = np.lexsort((frame["Part"].to_numpy(), -weights, -remainders))
floors[order[:leftover]] += 1
frame["Beløb"] = floors
frame[["Part", "Beløb"]].to_csv(sys.argv[3], sep=";", index=False)
