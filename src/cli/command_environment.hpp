#pragma once
// What a command reads from its surroundings, read once in main: the environment
// variables it honours and whether standard error is a terminal.

#include <string>

#include "report/diagnostic_style.hpp"

namespace brochure {

struct CommandEnvironment {
    std::string source_date_epoch;  ///< SOURCE_DATE_EPOCH, empty when unset
    std::string github_actions;     ///< GITHUB_ACTIONS, empty when unset
    bool stderr_is_terminal = false;
};

}  // namespace brochure
