import ".."

// Burmese in the order of the standard Myanmar Unicode (Myanmar3) keyboard: its keys without shift on the first
// page, its shifted keys on the second, each in the same place. Letters are typed in Unicode's order (a consonant,
// then its medials and vowel signs: က then ေ for ကေ).
ScriptLayout {
    pages: [[
        ["၁", "၂", "၃", "၄", "၅", "၆", "၇", "၈", "၉", "၀"],
        ["ဆ", "တ", "န", "မ", "အ", "ပ", "က", "င", "သ", "စ", "ဟ", "ဩ"],
        ["ေ", "ျ", "ိ", "်", "ါ", "့", "ြ", "ု", "ူ", "း"],
        ["ဖ", "ထ", "ခ", "လ", "ဘ", "ည", "ာ", "၊", "။"]
    ], [
        ["ဍ", "ၒ", "ဋ", "ၓ", "ၔ", "ၕ", "ရ", "(", ")", "ဎ"],
        ["ဈ", "ဝ", "ဣ", "၎", "ဤ", "၌", "ဥ", "၍", "ဿ", "ဏ", "ဧ", "ဪ"],
        ["ဗ", "ှ", "ီ", "္", "ွ", "ံ", "ဲ", "ဒ", "ဓ", "ဂ"],
        ["ဇ", "ဌ", "ဃ", "ဠ", "ယ", "ဉ", "ဦ", "၏", "?"]
    ]]
}
