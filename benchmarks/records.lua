-- Records and strings: 100k records made by copying with changed fields and an
-- interpolated name, appended to a list, then read back field by field.
local function with(base, changes)
  local r = {}
  for k, v in pairs(base) do r[k] = v end
  for k, v in pairs(changes) do r[k] = v end
  return r
end

-- Biz interpolates numbers with thousands separators: do the same work.
local function grouped(i)
  local s = tostring(i)
  local out = s:sub(1, (#s - 1) % 3 + 1)
  for k = (#s - 1) % 3 + 2, #s, 3 do out = out .. "," .. s:sub(k, k + 2) end
  return out
end

local function build(n)
  local base = {name = "", qty = 0, price = 12.5, region = "north"}
  local xs = {}
  local i = 0
  while i < n do
    local r = with(base, {name = "item-" .. grouped(i), qty = i % 7})
    xs[#xs + 1] = r
    i = i + 1
  end
  return xs
end

local function summarise(xs)
  local total, chars = 0, 0
  for _, r in ipairs(xs) do
    total = total + r.qty * r.price
    chars = chars + #r.name
  end
  return string.format("%d records, total %.1f, name chars %d", #xs, total, chars)
end

print(summarise(build(100000)))
