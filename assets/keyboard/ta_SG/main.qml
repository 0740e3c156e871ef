import ".."

// Tamil after Tamil99: its consonants in their places; where Tamil99 has a vowel, the first page has that vowel's
// sign and the second the vowel itself. A syllable is typed as Unicode stores it: the consonant, then the sign
// (க then ி for கி; க then ் for க்).
ScriptLayout {
    pages: [[
        ["ா", "ீ", "ூ", "ை", "ே", "ள", "ற", "ன", "ட", "ண", "ச", "ஞ"],
        ["அ", "ி", "ு", "்", "ெ", "க", "ப", "ம", "த", "ந", "ய"],
        ["ௌ", "ோ", "ொ", "வ", "ங", "ல", "ர", "ழ"]
    ], [
        ["ஆ", "ஈ", "ஊ", "ஐ", "ஏ", "ஷ", "ஸ", "ஜ", "ஹ", "க்ஷ", "ஸ்ரீ", "ஶ"],
        ["அ", "இ", "உ", "ஃ", "எ", "௦", "௧", "௨", "௩", "௪", "௫"],
        ["ஔ", "ஓ", "ஒ", "௬", "௭", "௮", "௯", "₹"]
    ]]
}
