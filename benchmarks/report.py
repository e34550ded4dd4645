# A 100k-line text report: each line interpolates a count, a quantity and
# two money amounts into a line; the lines are joined. Money prints as
# Biz prints it: two decimals, none for whole amounts.
def money(x):
    s = f"{x:,.2f}"
    return (s[:-3] if s.endswith(".00") else s) + " USD"

def report(n):
    # A list joined at the end: `out = out + line` took minutes here.
    lines = []
    i = 0
    while i < n:
        qty = 1 + i % 9
        price = (100 + (i * 13) % 900) / 4
        lines.append(f"order {i:,}: {qty} x {money(price)} = {money(qty * price)}\n")
        i = i + 1
    return "".join(lines)

text = report(100_000)
print(f"{len(text):,} characters")
