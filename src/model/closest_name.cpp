#include "model/closest_name.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

namespace brochure {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // One row of the classic dynamic-programming table at a time.
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string_view> closest_name(std::string_view name,
                                             std::span<const std::string_view> candidates) {
    const std::size_t tolerance = std::max<std::size_t>(1, name.size() / 3);
    std::optional<std::string_view> best;
    std::size_t best_distance = tolerance + 1;
    for (std::string_view candidate : candidates) {
        // Lengths further apart than the tolerance cannot be close: no need to compare them
        // (which also keeps a megabyte-long name cheap).
        const std::size_t length_gap = name.size() > candidate.size() ? name.size() - candidate.size()
                                                                       : candidate.size() - name.size();
        if (length_gap > tolerance) continue;
        const std::size_t distance = edit_distance(name, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace brochure
