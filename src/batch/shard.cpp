#include "batch/shard.hpp"

#include <charconv>

namespace brochure {

namespace {

constexpr int kMaxShards = 10000;

std::optional<int> whole_number(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

}  // namespace

std::optional<Shard> shard_from_text(std::string_view text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const std::optional<int> index = whole_number(text.substr(0, slash));
    const std::optional<int> count = whole_number(text.substr(slash + 1));
    if (!index || !count || *count < 1 || *count > kMaxShards || *index < 1 || *index > *count) return std::nullopt;
    return Shard{*index, *count};
}

std::vector<BatchInput> inputs_of_shard(const std::vector<BatchInput>& inputs, const Shard& shard) {
    std::vector<BatchInput> selected;
    for (std::size_t position = static_cast<std::size_t>(shard.index - 1); position < inputs.size();
         position += static_cast<std::size_t>(shard.count))
        selected.push_back(inputs[position]);
    return selected;
}

}  // namespace brochure
