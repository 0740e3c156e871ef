import QtQuick
import Expo

// Every language offered, each named in its own script with its English name under it, in big targets at the
// bottom of the screen (within reach). A tap beside the panel, or Close, leaves the language as it was.
Rectangle {
    id: sheet
    objectName: "languageSheet"
    signal chosen(string code)
    color: Qt.rgba(0, 0, 0, 0.55)
    MouseArea { anchors.fill: parent; onClicked: sheet.visible = false }
    Rectangle {
        id: panel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        height: Math.min(sheet.height - Math.max(Theme.margin * 2, Theme.reachTop), column.implicitHeight + Theme.margin * 2)
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.color: Theme.line
        border.width: 2
        MouseArea { anchors.fill: parent }  // a tap on the panel between the buttons does not close it
        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.margin
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: column
                width: parent.width
                spacing: Theme.gap
                PlainText { width: parent.width; text: qsTr("Choose your language"); font.pixelSize: Theme.title; font.bold: true }
                Grid {
                    id: grid
                    width: parent.width
                    columns: Math.max(1, Math.floor((width + spacing) / (380 * Theme.scale * Theme.textScale + spacing)))
                    spacing: Theme.gap
                    Repeater {
                        model: Show.languages
                        delegate: Rectangle {
                            id: choice
                            required property var modelData
                            readonly property bool current: Show.lang === modelData.code
                            objectName: "language-" + modelData.code
                            width: (grid.width - grid.spacing * (grid.columns - 1)) / grid.columns
                            // One height for all: room for two lines of the tallest script (Thai, Burmese).
                            height: Math.max(Theme.touch * 1.5, Theme.large * 1.9 + Theme.small * 1.7 + Theme.gap * 2,
                                             names.implicitHeight + Theme.gap * 2)
                            radius: Theme.radius
                            color: tap.pressed ? Theme.pressed : current ? Theme.primary : Theme.surfaceAlt
                            border.color: current ? Theme.primary : Theme.line
                            border.width: 2
                            Accessible.role: Accessible.Button
                            Accessible.name: modelData.name + ", " + modelData.english
                            Accessible.onPressAction: sheet.chosen(modelData.code)
                            Column {
                                id: names
                                anchors.left: parent.left
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                anchors.margins: Theme.gap
                                LocalName {
                                    width: parent.width
                                    name: choice.modelData.name
                                    family: choice.modelData.font
                                    font.pixelSize: Theme.large
                                    font.bold: true
                                    color: choice.current && !tap.pressed ? Theme.inkOnPrimary : Theme.text
                                }
                                PlainText {
                                    width: parent.width
                                    text: choice.modelData.english !== choice.modelData.name ? choice.modelData.english : ""
                                    font.pixelSize: Theme.small
                                    color: choice.current && !tap.pressed ? Theme.inkOnPrimary : Theme.textMuted
                                }
                            }
                            MouseArea {
                                id: tap
                                anchors.fill: parent
                                onClicked: sheet.chosen(choice.modelData.code)
                            }
                        }
                    }
                }
                TouchButton {
                    objectName: "languageSheetClose"
                    text: qsTr("Close")
                    onClicked: sheet.visible = false
                }
            }
        }
    }
}
