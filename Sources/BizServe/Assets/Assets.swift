// The playground's and the teacher view's files, compiled into the binary as
// Swift strings: nothing to install, no npm, no bundle resources that a
// plain clone or a copied binary could lose. One file per asset.
enum Assets {}
