import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// A keyboard layout written as rows of the texts its keys type (a layout's main.qml says only its rows).
// One page: a Latin layout, with the shift key for capitals. Two pages: a script without capitals; the letters
// typed most on the first page, the rest on the second, and the "1/2" key turns the page. A text that starts with a
// space is a sign its font draws on no letter (a Lao vowel or tone mark): the key shows the space and types the sign.
KeyboardLayoutLoader {
    id: layout
    property var pages: []
    property int page: 0
    readonly property bool latin: pages.length === 1
    onVisibleChanged: if (!visible) page = 0
    sourceComponent: page === 0 ? first : second
    Component { id: first; Page { rows: layout.pages[0] } }
    Component { id: second; Page { rows: layout.pages[1] } }

    component Page: KeyboardLayout {
        id: sheet
        required property var rows
        inputMode: InputEngine.InputMode.Latin
        keyWeight: 160
        Repeater {
            model: sheet.rows
            KeyboardRow {
                id: row
                required property var modelData
                required property int index
                readonly property bool last: index === sheet.rows.length - 1
                ShiftKey { visible: row.last && layout.latin; weight: 240 }
                Key {
                    objectName: "pageKey"
                    visible: row.last && !layout.latin
                    weight: 240
                    functionKey: true
                    highlighted: true
                    displayText: (layout.page + 1) + "/2"
                    onClicked: layout.page = 1 - layout.page
                }
                Repeater {
                    model: row.modelData
                    Key {
                        required property string modelData
                        text: modelData.charAt(0) === " " ? modelData.substring(1) : modelData
                        displayText: modelData
                        noModifier: !layout.latin
                    }
                }
                BackspaceKey { visible: row.last; weight: 240 }
            }
        }
        KeyboardRow {
            SymbolModeKey { weight: 240 }
            ChangeLanguageKey { weight: 160 }
            Key { key: Qt.Key_Comma; text: ","; highlighted: true; weight: 160 }
            SpaceKey { weight: 800 }
            Key { key: Qt.Key_Period; text: "."; alternativeKeys: "!.?"; highlighted: true; weight: 160 }
            HideKeyboardKey { weight: 160 }
            EnterKey { weight: 240 }
        }
    }
}
