// `Double.rounded()` compiles to calls into the C math library (round,
// floor, ceil…). Without any import of the platform C module nothing asks the
// linker for libm on Linux, and executables linking BizFormat fail with
// "undefined reference to 'round'". Importing it here links libm; nothing
// else in the module uses these modules.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
