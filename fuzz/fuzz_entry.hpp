#pragma once
// The one entry point shared by the libFuzzer target and the plain corpus replayer.

#include <cstddef>
#include <cstdint>

/// Runs one input through load → layout → render in memory, as libFuzzer calls it.
/// Returns 0; aborts (a finding) when the pipeline breaks one of its own promises.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
