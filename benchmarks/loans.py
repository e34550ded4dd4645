# Loan schedules: 5,000 loans × 120 months. Every month is a dict (interest,
# principal paid, balance) appended to the loan's schedule; the schedules
# are then read back and summed. Prints what loans.biz prints.
def payment(principal, r, n):
    return principal * r / (1 - (1 + r) ** (0 - n))

def schedule(principal, r, n):
    pay = payment(principal, r, n)
    balance = principal
    rows = []
    m = 1
    while m <= n:
        interest = balance * r
        paid = pay - interest
        balance = balance - paid
        rows.append({"month": m, "interest": interest, "paid": paid, "balance": balance})
        m = m + 1
    return rows

def portfolio(loans):
    interest = 0
    paid = 0
    i = 0
    while i < loans:
        for row in schedule(10_000 + (i % 50) * 1_000, 0.004 + (i % 7) * 0.0005, 120):
            interest = interest + row["interest"]
            paid = paid + row["paid"]
        i = i + 1
    return f"{loans:,} loans: interest {round(interest * 100):,} USD cents, principal {round(paid * 100):,} USD cents"

print(portfolio(5_000))
