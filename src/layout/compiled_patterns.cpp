#include "layout/compiled_patterns.hpp"

#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include <xxhash.h>

namespace brochure {

namespace {

constexpr std::string_view kMagic = "brochure hyphenation patterns 1\n";
// libhyphen makes two levels (compound words, then the word's own patterns); a chain
// longer than this is no dictionary it made.
constexpr std::uint32_t kMostLevels = 8;
constexpr std::uint32_t kNoString = 0xFFFFFFFF;
// The fewest bytes a state and a transition take in the compiled form.
constexpr std::size_t kLeastStateBytes = 2 * sizeof(std::uint32_t) + 2 * sizeof(signed char) + 2 * sizeof(int);
constexpr std::size_t kTransitionBytes = sizeof(char) + sizeof(int);

class Writer {
public:
    template <typename Value>
    void put(Value value) {
        char bytes[sizeof value];
        std::memcpy(bytes, &value, sizeof value);
        out.append(bytes, sizeof value);
    }
    // A string of `length` bytes, or none; followed by a NUL so that it can be pointed at.
    void put_bytes(const char* text, std::size_t length) {
        if (!text) return put(kNoString);
        put(static_cast<std::uint32_t>(length));
        out.append(text, length);
        out.push_back('\0');
    }
    std::string out;
};

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    template <typename Value>
    bool get(Value& value) {
        if (bytes_.size() - at_ < sizeof value) return false;
        std::memcpy(&value, bytes_.data() + at_, sizeof value);
        at_ += sizeof value;
        return true;
    }
    // A string put by put_bytes: its first byte's place in the bytes (nullptr for none),
    // with `length` set.
    bool get_bytes(const char*& text, std::uint32_t& length) {
        if (!get(length)) return false;
        if (length == kNoString) {
            text = nullptr;
            length = 0;
            return true;
        }
        if (bytes_.size() - at_ < static_cast<std::size_t>(length) + 1 || bytes_[at_ + length] != '\0') return false;
        text = bytes_.data() + at_;
        at_ += static_cast<std::size_t>(length) + 1;
        return true;
    }
    bool skip(std::string_view expected) {
        if (bytes_.substr(at_, expected.size()) != expected) return false;
        at_ += expected.size();
        return true;
    }
    bool at_end() const { return at_ == bytes_.size(); }
    std::size_t remaining() const { return bytes_.size() - at_; }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
};

struct SourceStamp {
    std::uint64_t size = 0, low = 0, high = 0;
    bool operator==(const SourceStamp&) const = default;
};

SourceStamp stamp_of(std::string_view source) {
    const XXH128_hash_t hash = XXH3_128bits(source.data(), source.size());
    return {source.size(), hash.low64, hash.high64};
}

// The bytes of `dictionary.nohyphen`: nohyphenl + 1 strings, each ended by a NUL.
std::size_t nohyphen_bytes(const HyphenDict& dictionary) {
    std::size_t length = 0;
    for (int i = 0; i <= dictionary.nohyphenl; ++i) length += std::strlen(dictionary.nohyphen + length) + 1;
    return length;
}

// True when every state's chain of fallbacks ends (at -1): libhyphen follows a chain
// without reading input, so a loop in one would never return.
bool fallbacks_end(const std::vector<HyphenState>& states) {
    enum class Mark : unsigned char { unknown, on_path, ends };
    std::vector<Mark> marks(states.size(), Mark::unknown);
    std::vector<int> path;
    for (std::size_t first = 0; first < states.size(); ++first) {
        int state = static_cast<int>(first);
        while (state >= 0 && marks[static_cast<std::size_t>(state)] == Mark::unknown) {
            marks[static_cast<std::size_t>(state)] = Mark::on_path;
            path.push_back(state);
            state = states[static_cast<std::size_t>(state)].fallback_state;
        }
        if (state >= 0 && marks[static_cast<std::size_t>(state)] == Mark::on_path) return false;
        for (const int walked : path) marks[static_cast<std::size_t>(walked)] = Mark::ends;
        path.clear();
    }
    return true;
}

}  // namespace

std::string compile_patterns(const HyphenDict& dictionary, std::string_view source) {
    std::vector<const HyphenDict*> levels;
    for (const HyphenDict* level = &dictionary; level; level = level->nextlevel) {
        if (levels.size() == kMostLevels) return {};
        levels.push_back(level);
    }
    Writer writer;
    writer.out = kMagic;
    const SourceStamp stamp = stamp_of(source);
    writer.put(stamp.size), writer.put(stamp.low), writer.put(stamp.high);
    writer.put(static_cast<std::uint32_t>(levels.size()));
    for (const HyphenDict* level : levels) {
        writer.put(level->lhmin), writer.put(level->rhmin), writer.put(level->clhmin), writer.put(level->crhmin);
        writer.put(level->utf8);
        char cset[sizeof level->cset] = {};  // what follows the name's NUL may be anything
        std::memcpy(cset, level->cset, strnlen(level->cset, sizeof cset - 1));
        writer.out.append(cset, sizeof cset);
        writer.put(level->nohyphenl);
        writer.put_bytes(level->nohyphen, level->nohyphen ? nohyphen_bytes(*level) : 0);
        writer.put(level->num_states);
        std::uint32_t transitions = 0;
        for (int s = 0; s < level->num_states; ++s) transitions += static_cast<std::uint32_t>(level->states[s].num_trans);
        writer.put(transitions);
        for (int s = 0; s < level->num_states; ++s) {
            const HyphenState& state = level->states[s];
            writer.put_bytes(state.match, state.match ? std::strlen(state.match) : 0);
            writer.put_bytes(state.repl, state.repl ? std::strlen(state.repl) : 0);
            // libhyphen leaves these unset (and unread) without a replacement: 0 keeps the
            // compiled file the same from build to build.
            writer.put(state.repl ? state.replindex : static_cast<signed char>(0));
            writer.put(state.repl ? state.replcut : static_cast<signed char>(0));
            writer.put(state.fallback_state), writer.put(state.num_trans);
            for (int t = 0; t < state.num_trans; ++t) writer.put(state.trans[t].ch), writer.put(state.trans[t].new_state);
        }
    }
    return std::move(writer.out);
}

std::unique_ptr<CompiledPatterns> CompiledPatterns::read(std::string compiled, std::string_view source) {
    std::unique_ptr<CompiledPatterns> patterns(new CompiledPatterns());
    patterns->bytes_ = std::move(compiled);
    Reader reader(patterns->bytes_);
    SourceStamp stamp;
    std::uint32_t level_count = 0;
    if (!reader.skip(kMagic) || !reader.get(stamp.size) || !reader.get(stamp.low) || !reader.get(stamp.high) ||
        !reader.get(level_count) || level_count == 0 || level_count > kMostLevels)
        return nullptr;
    if (!(stamp == stamp_of(source))) return nullptr;
    // Sized once, so that the pointers between levels stay valid.
    patterns->levels_.resize(level_count);
    patterns->states_.resize(level_count);
    patterns->transitions_.resize(level_count);
    for (std::uint32_t l = 0; l < level_count; ++l) {
        HyphenDict& level = patterns->levels_[l];
        level = HyphenDict{};
        const char* nohyphen = nullptr;
        std::uint32_t length = 0, transitions = 0;
        if (!reader.get(level.lhmin) || !reader.get(level.rhmin) || !reader.get(level.clhmin) ||
            !reader.get(level.crhmin) || !reader.get(level.utf8) || !reader.get(level.cset) ||
            !reader.get(level.nohyphenl) || !reader.get_bytes(nohyphen, length) || !reader.get(level.num_states) ||
            !reader.get(transitions) || level.num_states <= 0 || level.nohyphenl < 0 ||
            level.cset[sizeof level.cset - 1] != '\0')
            return nullptr;
        // Counts that the bytes left cannot hold are refused before anything is allocated.
        if (static_cast<std::size_t>(level.num_states) > reader.remaining() / kLeastStateBytes ||
            transitions > reader.remaining() / kTransitionBytes)
            return nullptr;
        // libhyphen walks nohyphenl + 1 strings: they must all lie inside what was read.
        if (nohyphen) {
            std::size_t strings = 0;
            for (std::uint32_t at = 0; at < length; ++at) strings += nohyphen[at] == '\0';
            if (length == 0 || nohyphen[length - 1] != '\0' || strings != static_cast<std::size_t>(level.nohyphenl) + 1)
                return nullptr;
        }
        level.nohyphen = const_cast<char*>(nohyphen);
        std::vector<HyphenState>& states = patterns->states_[l];
        std::vector<HyphenTrans>& moves = patterns->transitions_[l];
        states.resize(static_cast<std::size_t>(level.num_states));
        moves.reserve(transitions);
        std::vector<std::size_t> first_move(states.size());
        for (std::size_t s = 0; s < states.size(); ++s) {
            HyphenState& state = states[s];
            const char* match = nullptr;
            const char* repl = nullptr;
            std::uint32_t match_length = 0, repl_length = 0;
            if (!reader.get_bytes(match, match_length) || !reader.get_bytes(repl, repl_length) ||
                !reader.get(state.replindex) || !reader.get(state.replcut) || !reader.get(state.fallback_state) ||
                !reader.get(state.num_trans) || state.fallback_state < -1 || state.fallback_state >= level.num_states ||
                state.num_trans < 0 || moves.size() + static_cast<std::size_t>(state.num_trans) > transitions)
                return nullptr;
            state.match = const_cast<char*>(match);
            state.repl = const_cast<char*>(repl);
            first_move[s] = moves.size();
            for (int t = 0; t < state.num_trans; ++t) {
                HyphenTrans move{};
                if (!reader.get(move.ch) || !reader.get(move.new_state) || move.new_state < 0 ||
                    move.new_state >= level.num_states)
                    return nullptr;
                moves.push_back(move);
            }
        }
        if (moves.size() != transitions || !fallbacks_end(states)) return nullptr;
        for (std::size_t s = 0; s < states.size(); ++s)
            states[s].trans = states[s].num_trans > 0 ? moves.data() + first_move[s] : nullptr;
        level.states = states.data();
        level.nextlevel = l + 1 < level_count ? &patterns->levels_[l + 1] : nullptr;
    }
    if (!reader.at_end()) return nullptr;
    patterns->keep_only_strings();
    return patterns;
}

void CompiledPatterns::keep_only_strings() {
    // Each string with its length, its NULs included (nohyphen is several in a row).
    std::vector<std::pair<char**, std::size_t>> strings;
    for (HyphenDict& level : levels_) {
        if (level.nohyphen) strings.emplace_back(&level.nohyphen, nohyphen_bytes(level));
        for (int s = 0; s < level.num_states; ++s) {
            HyphenState& state = level.states[s];
            if (state.match) strings.emplace_back(&state.match, std::strlen(state.match) + 1);
            if (state.repl) strings.emplace_back(&state.repl, std::strlen(state.repl) + 1);
        }
    }
    std::size_t size = 0;
    for (const auto& [text, length] : strings) size += length;
    strings_.reserve(size);  // so that appending never moves what is already pointed at
    for (const auto& [text, length] : strings) {
        const std::size_t at = strings_.size();
        strings_.append(*text, length);
        *text = strings_.data() + at;
    }
    std::string().swap(bytes_);
}

}  // namespace brochure
