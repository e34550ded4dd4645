# 100k records through map, filter and reduce, with lambdas: make orders,
# keep the large ones, add a field, and total them. Prints what pipeline.biz prints.
from functools import reduce

orders = list(map(lambda i: {"id": i, "region": i % 5, "qty": 1 + i % 9, "price": 5 + (i * 7) % 40 / 4}, range(100_000)))
large = list(filter(lambda o: o["qty"] * o["price"] > 50, orders))
taxed = list(map(lambda o: {**o, "total": o["qty"] * o["price"] * 1.2}, large))
total = reduce(lambda sum, o: sum + o["total"], taxed, 0)
north = reduce(lambda n, o: n + o["qty"], filter(lambda o: o["region"] == 0, taxed), 0)
print(f"{len(large):,} large orders, total {round(total * 100):,} cents, north qty {north:,}")
