#pragma once
// The entry point each libFuzzer target shares with its plain corpus replayer.

#include <cstddef>
#include <cstdint>

/// Runs one input through the entry's stages in memory (a profile: load → layout → render;
/// an image: decode → prepare), as libFuzzer calls it.
/// Returns 0; aborts (a finding) when a stage breaks one of its own promises.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
