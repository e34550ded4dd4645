# A 10M-iteration numeric while loop accumulating a sum.
def total(n):
    s = 0
    i = 0
    while i < n:
        s = s + i
        i = i + 1
    return s

print(total(10_000_000))
