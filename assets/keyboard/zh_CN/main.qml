// Qt Virtual Keyboard's own layout, loaded from its built-in resources (see README.md in this folder).
import QtQuick.VirtualKeyboard.Components

KeyboardLayoutLoader { source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/zh_CN/main.qml" }
