#pragma once
// Spreading one batch over several CI runners: shard K of N renders every Nth profile.

#include <optional>
#include <string_view>
#include <vector>

#include "batch/batch_input.hpp"

namespace brochure {

/// Shard `index` of `count`, both counted from 1 (1 ≤ index ≤ count).
struct Shard {
    int index = 1;
    int count = 1;
};

/// Parses "K/N" with 1 ≤ K ≤ N ≤ 10000; nullopt for anything else.
std::optional<Shard> shard_from_text(std::string_view text);

/// The inputs at positions index-1, index-1+count, index-1+2·count… of `inputs` (which
/// discover_inputs gives in a deterministic order). The `count` shards of one list
/// partition it exactly, and their sizes differ by at most one.
std::vector<BatchInput> inputs_of_shard(const std::vector<BatchInput>& inputs, const Shard& shard);

}  // namespace brochure
