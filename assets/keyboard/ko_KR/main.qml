// Qt Virtual Keyboard's own layout, loaded from its built-in resources (see README.md in this folder).
import QtQuick
import QtQuick.VirtualKeyboard.Components

KeyboardLayoutLoader {
    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/ko_KR/main.qml"
    // The input method outlives the layout while the symbols page is shown (Qt shares it with that page), so it
    // belongs to the keyboard (this loader's parent), not to the layout inside this loader, which goes with it.
    function createInputMethod() {
        return Qt.createQmlObject("import QtQuick.VirtualKeyboard.Plugins.Hangul; HangulInputMethod {}", parent, "HangulInputMethod")
    }
}
