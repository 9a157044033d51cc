"""What a user of statsforecast runs to do what `chiffres project FILE --horizon 6 --model ets --output OUT` does:
reads a series table (series,year,value), forecasts each series 6 years ahead with AutoETS and a 95 % interval,
writes a CSV. `make bench` times this whole process (interpreter start, imports, reading, forecasting, writing)
against the whole `chiffres project --model auto` process on the same file."""
import sys

import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS

table = pd.read_csv(sys.argv[1]).rename(columns={"series": "unique_id", "year": "ds", "value": "y"})
forecasts = StatsForecast(models=[AutoETS(season_length=1)], freq=1, n_jobs=1).forecast(df=table, h=6, level=[95])
forecasts.to_csv(sys.argv[2], index=False)
