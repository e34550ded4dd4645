# Records and strings: 100k records made by copying with changed fields and an
# interpolated name, appended to a list, then read back field by field.
def build(n):
    base = {"name": "", "qty": 0, "price": 12.5, "region": "north"}
    xs = []
    i = 0
    while i < n:
        r = {**base, "name": f"item-{i:,}", "qty": i % 7}
        xs.append(r)
        i = i + 1
    return xs

def summarise(xs):
    total = 0
    chars = 0
    for r in xs:
        total = total + r["qty"] * r["price"]
        chars = chars + len(r["name"])
    return f"{len(xs)} records, total {total}, name chars {chars}"

print(summarise(build(100_000)))
