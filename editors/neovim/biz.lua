-- Biz in Neovim (0.7 or later): starts `biz lsp` for *.biz files — errors as
-- you type, hover (K), completion, go to definition, symbols — and shows each
-- line's value at its end as virtual text (`revenue = price * 300  = 36,000 RUB`).
-- Neovim 0.10+ can show inlay hints itself; this works on older ones too.
--
-- Use: put this file on 'runtimepath' as lua/biz.lua (or add editors/neovim to
-- package.path) and call, in init.lua:
--   require("biz").setup()                          -- `biz` on PATH
--   require("biz").setup({ cmd = { "/path/to/biz", "lsp" } })
local M = {}

M.namespace = vim.api.nvim_create_namespace("biz_values")

local function label_text(hint)
  if type(hint.label) == "string" then return hint.label end
  local parts = {}
  for _, part in ipairs(hint.label or {}) do table.insert(parts, part.value) end
  return table.concat(parts)
end

-- Asks the server for the values of the whole buffer and shows them.
function M.show_values(bufnr, client)
  if not client or not vim.api.nvim_buf_is_valid(bufnr) then return end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } },
  }
  client.request("textDocument/inlayHint", params, function(err, result)
    if err or not vim.api.nvim_buf_is_valid(bufnr) then return end
    vim.api.nvim_buf_clear_namespace(bufnr, M.namespace, 0, -1)
    for _, hint in ipairs(result or {}) do
      pcall(vim.api.nvim_buf_set_extmark, bufnr, M.namespace, hint.position.line, 0, {
        virt_text = { { "  " .. label_text(hint), "Comment" } },
        virt_text_pos = "eol",
      })
    end
  end, bufnr)
end

-- The server publishes diagnostics each time it has evaluated the text:
-- that is when the values are new.
local function on_diagnostics(err, result, ctx, config)
  vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
  if result and result.uri then
    M.show_values(vim.uri_to_bufnr(result.uri), vim.lsp.get_client_by_id(ctx.client_id))
  end
end

function M.attach(bufnr, cmd)
  if not M.client_id or not vim.lsp.get_client_by_id(M.client_id) then
    M.client_id = vim.lsp.start_client({
      name = "biz",
      cmd = cmd,
      root_dir = vim.fn.getcwd(),
      handlers = { ["textDocument/publishDiagnostics"] = on_diagnostics },
    })
  end
  if M.client_id then
    vim.lsp.buf_attach_client(bufnr, M.client_id)
    vim.bo[bufnr].omnifunc = "v:lua.vim.lsp.omnifunc"
  end
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "biz", "lsp" }
  vim.cmd([[autocmd BufRead,BufNewFile *.biz setfiletype biz]])
  vim.api.nvim_create_autocmd("FileType", {
    pattern = "biz",
    callback = function(args)
      vim.bo[args.buf].commentstring = "# %s"
      M.attach(args.buf, cmd)
    end,
  })
end

return M
