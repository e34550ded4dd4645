#!/bin/sh
# Times the BizCore engine in release; prints the BENCH lines only.
cd "$(dirname "$0")/../.." && BIZ_BENCH=1 swift test -c release --filter BizCoreTests.EngineBenchmark 2>&1 | grep BENCH
