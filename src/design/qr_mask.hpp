#pragma once
// Choosing a QR symbol's mask (ISO/IEC 18004, 7.8): of the eight patterns that may be laid
// over its data, the one whose symbol scores the lowest penalty. An encoder that tries each
// by masking and scoring its own symbol spends most of a QR code's time there; this masks
// and scores a compact copy of the modules instead, from one symbol encoded with mask 0.

#include <vector>

namespace brochure {

/// Masks of the standard, numbered as it numbers them.
inline constexpr int kQrMaskCount = 8;

/// The modules of a symbol of `version` (1 to 40) that hold no data: finder patterns and
/// their separators, timing and alignment patterns, format and version information, and
/// the dark module. Row-major, (17 + 4 × version)² entries.
std::vector<bool> qr_function_modules(int version);

/// Whether mask `mask` inverts the data module in column `x`, row `y`.
bool qr_mask_inverts(int mask, int x, int y);

/// The penalty score of a symbol of `size` × `size` modules (row-major, true for dark),
/// by the standard's four rules: runs of five or more alike in a row or column, 2 × 2
/// blocks alike, patterns like a finder's (1:1:3:1:1 with four light modules beside it,
/// the light margin around the symbol counting as light), and the balance of dark and
/// light.
long qr_penalty(const std::vector<bool>& dark, int size);

/// The mask the standard chooses for the symbol `with_mask_zero` (row-major modules of a
/// symbol of `version` encoded with mask 0, at the error correction level whose format
/// indicator is `level_bits`: L 1, M 0, Q 3, H 2): the lowest penalty, the lower number
/// on a tie.
int least_penalty_mask(const std::vector<bool>& with_mask_zero, int version, int level_bits);

}  // namespace brochure
