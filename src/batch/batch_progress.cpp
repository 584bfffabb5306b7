#include "batch/batch_progress.hpp"

#include <fmt/format.h>

namespace brochure {

namespace {

constexpr auto kBarInterval = std::chrono::milliseconds(100);
constexpr auto kLineInterval = std::chrono::seconds(5);
constexpr std::size_t kBarWidth = 30;
constexpr const char* kClearLine = "\r\033[K";

}  // namespace

BatchProgress::BatchProgress(std::FILE* out, Style style, std::size_t total)
    : out_(out), style_(style), total_(total), start_(Clock::now()), last_drawn_(start_) {}

std::string BatchProgress::status_text() const {
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(finished_) / seconds : 0.0;
    std::string text = fmt::format("{}/{} profiles, {:.0f}/s", finished_, total_, rate);
    if (rate > 0 && finished_ < total_)
        text += fmt::format(", {:.0f} s left", static_cast<double>(total_ - finished_) / rate);
    return text;
}

void BatchProgress::draw_bar() {
    const std::size_t filled = total_ == 0 ? kBarWidth : finished_ * kBarWidth / total_;
    fmt::print(out_, "{}[{}{}] {}", kClearLine, std::string(filled, '#'), std::string(kBarWidth - filled, '.'),
               status_text());
    std::fflush(out_);
    bar_shown_ = true;
}

void BatchProgress::update(std::size_t finished) {
    finished_ = finished;
    const auto now = Clock::now();
    if (style_ == Style::bar && (now - last_drawn_ >= kBarInterval || finished_ == total_)) {
        last_drawn_ = now;
        draw_bar();
    } else if (style_ == Style::lines && now - last_drawn_ >= kLineInterval) {
        last_drawn_ = now;
        fmt::print(out_, "brochure: {}\n", status_text());
        std::fflush(out_);
    }
}

void BatchProgress::print_above(const std::string& text) {
    if (bar_shown_) std::fputs(kClearLine, out_);
    std::fputs(text.c_str(), out_);
    if (bar_shown_) draw_bar();
    std::fflush(out_);
}

void BatchProgress::finish() {
    if (bar_shown_) std::fputs(kClearLine, out_);
    bar_shown_ = false;
    std::fflush(out_);
}

}  // namespace brochure
