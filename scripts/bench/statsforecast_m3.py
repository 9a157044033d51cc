"""statsforecast's AutoETS and DynamicOptimizedTheta on datasets/m3/m3-yearly.csv, or another collection in its layout
given as the argument (train part, as many years ahead as the test part has: 6 for M3),
scored like `make bench` scores Chiffres. Prints one line per model: name smape mase coverage msis seconds cpu_seconds
(wall and CPU time of the forecast call, numba/C++ start-up included, Python's own start-up and imports not)."""
import sys
import time

import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, DynamicOptimizedTheta

data = pd.read_csv(sys.argv[1] if len(sys.argv) > 1 else "datasets/m3/m3-yearly.csv")
train = data[data.part == "train"].rename(columns={"series": "unique_id", "year": "ds", "value": "y"})[["unique_id", "ds", "y"]]
test = data[data.part == "test"]
H, LEVEL = int(test.groupby("series").size().max()), 95
for model in [AutoETS(season_length=1), DynamicOptimizedTheta(season_length=1)]:
    t0, c0 = time.perf_counter(), time.process_time()
    fc = StatsForecast(models=[model], freq=1, n_jobs=1).forecast(df=train, h=H, level=[LEVEL])
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    name = repr(model)
    fc = fc.reset_index() if "unique_id" not in fc.columns else fc
    smape, mase, cover, msis = [], [], [], []
    for sid, group in test.groupby("series", sort=False):
        y = group.value.to_numpy()
        f = fc[fc.unique_id == sid]
        p, lo, hi = f[name].to_numpy(), f[f"{name}-lo-{LEVEL}"].to_numpy(), f[f"{name}-hi-{LEVEL}"].to_numpy()
        hist = train[train.unique_id == sid].y.to_numpy()
        scale = np.mean(np.abs(np.diff(hist)))
        smape.append(np.mean(200 * np.abs(y - p) / (np.abs(y) + np.abs(p))))
        mase.append(np.mean(np.abs(y - p)) / scale)
        cover.append(np.mean((y >= lo) & (y <= hi)))
        a = 1 - LEVEL / 100
        msis.append(np.mean((hi - lo) + 2 / a * (lo - y) * (y < lo) + 2 / a * (y - hi) * (y > hi)) / scale)
    print(f"statsforecast-{name} {np.mean(smape):.4f} {np.mean(mase):.4f} {np.mean(cover):.4f} {np.mean(msis):.4f} {seconds:.3f} {cpu:.3f}")
