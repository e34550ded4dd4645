-- A 10M-iteration numeric while loop accumulating a sum.
local function total(n)
  local s = 0
  local i = 0
  while i < n do
    s = s + i
    i = i + 1
  end
  return s
end
print(string.format("%d", total(10000000)))
