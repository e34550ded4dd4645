;;; biz-mode.el --- Biz, a spreadsheet you type  -*- lexical-binding: t; -*-

;; A major mode for .biz files: comments, strings, keywords, declarations,
;; currencies and numbers; and eglot (built into Emacs 29) starting `biz lsp`
;; for errors as you type, hover (eldoc), completion, go to definition (M-.)
;; and each line's value as an inlay hint (eglot-inlay-hints-mode, Emacs 29+).
;;
;; Use: (add-to-list 'load-path "/path/to/biz/editors/emacs")
;;      (require 'biz-mode)
;;      (add-hook 'biz-mode-hook #'eglot-ensure)

;;; Code:

(defvar biz-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?_ "w" table)
    (modify-syntax-entry ?\" "\"" table)
    table)
  "Syntax table of `biz-mode'.")

(defconst biz-font-lock-keywords
  `((,(regexp-opt '("fn" "if" "then" "else" "for" "in" "while" "return" "and" "or" "not" "given") 'symbols)
     . font-lock-keyword-face)
    (,(regexp-opt '("use" "expect" "show" "plot" "export" "report" "rate" "sweep" "over" "step" "goal"
                    "maximize" "minimize" "tornado" "by" "with" "within" "until" "of" "per" "to") 'symbols)
     . font-lock-builtin-face)
    ;; regexp-opt with 'symbols makes group 1, the declaration's kind.
    (,(concat (regexp-opt '("market" "band" "segment" "competitor" "strategy" "company") 'symbols)
              "\\(?:[ \t]+\\(\\(?:\\sw\\|\\s_\\)+\\)\\)?")
     (1 font-lock-type-face) (2 font-lock-variable-name-face nil t))
    ("\\_<fn[ \t]+\\(\\(?:\\sw\\|\\s_\\)+\\)" 1 font-lock-function-name-face)
    ("^[ \t]*\\(\\(?:\\sw\\|\\s_\\)+\\)[ \t]*=[^=]" 1 font-lock-variable-name-face)
    (,(regexp-opt '("true" "false") 'symbols) . font-lock-constant-face)
    ("\\_<[A-Z][A-Z][A-Z]\\_>\\|₽" . font-lock-constant-face))
  "Highlighting in `biz-mode'.")

;;;###autoload
(define-derived-mode biz-mode prog-mode "Biz"
  "Major mode for Biz (.biz) files."
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local indent-tabs-mode nil)
  (setq-local font-lock-defaults '(biz-font-lock-keywords)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.biz\\'" . biz-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(biz-mode "biz" "lsp")))

(provide 'biz-mode)
;;; biz-mode.el ends here
