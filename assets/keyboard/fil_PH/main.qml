import ".."

// Filipino: the English keys with ñ, and "ng" (a letter of the Filipino alphabet) as one key.
ScriptLayout {
    pages: [[
        ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
        ["a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"],
        ["z", "x", "c", "v", "b", "n", "m", "ng"]
    ]]
}
