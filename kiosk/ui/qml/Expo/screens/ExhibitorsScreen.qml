import QtQuick
import Expo

FilteredListScreen {
    id: screen
    objectName: "exhibitorsScreen"
    property string orgKind: ""
    property string country: ""
    function apply() { Browse.filterExhibitors(orgKind, country) }
    Component.onCompleted: apply()
    title: qsTr("Exhibitors")
    subtitle: qsTr("%n organisation(s), A to Z", "", Browse.exhibitors.count)
    listName: "exhibitorList"
    model: Browse.exhibitors
    sectionProperty: "letter"
    emptyText: qsTr("No one matches these filters.")

    ListModel {
        id: kinds
        ListElement { key: "exhibitor" }
        ListElement { key: "partner_delegation" }
        ListElement { key: "organiser" }
    }
    Flow {
        width: parent.width
        spacing: Theme.gap * 0.75
        Chip { objectName: "kind-all"; text: qsTr("Everyone"); selected: screen.orgKind === ""; onClicked: { screen.orgKind = ""; screen.apply() } }
        Repeater {
            model: kinds
            delegate: Chip {
                required property string key
                objectName: "kind-" + key
                text: Labels.organisationKinds(key)
                selected: screen.orgKind === key
                onClicked: { screen.orgKind = key; screen.apply() }
            }
        }
    }
    ChipRow {
        objectName: "countryChips"
        width: parent.width
        namePrefix: "country"
        allLabel: qsTr("All countries")
        model: Browse.countries
        selectedId: screen.country
        onChosen: (id) => { screen.country = id; screen.apply() }
    }

    row: ListRow {
        required property var model
        objectName: "exhibitor-" + model.id
        width: ListView.view.width
        title: model.name
        subtitle: [Labels.organisationKind(model.kind), model.country_name].filter(s => s !== "").join("  ·  ")
        badge: model.booth_code
        marker: model.kind === "exhibitor" ? Theme.areaColors[1] : model.kind === "organiser" ? Theme.accent : Theme.primary
        starred: VisitPlan.favouriteCount >= 0 && VisitPlan.isFavourite("exhibitor", model.id)
        onTapped: Nav.open("exhibitor", model.id)
    }

    // The letter index: tap a letter to jump there.
    side: ListView {
        id: letters
        objectName: "letterIndex"
        width: Theme.touch
        clip: true
        interactive: contentHeight > height
        model: Browse.exhibitorLetters
        delegate: Rectangle {
            required property var modelData
            objectName: "letter-" + modelData.letter
            width: Theme.touch
            height: Theme.touch
            radius: width / 2
            color: letterTap.pressed ? Theme.pressed : "transparent"
            Accessible.role: Accessible.Button
            Accessible.name: modelData.letter
            PlainText {
                anchors.centerIn: parent
                text: parent.modelData.letter
                font.pixelSize: Theme.large
                font.bold: true
                color: Theme.primary
            }
            MouseArea {
                id: letterTap
                anchors.fill: parent
                onClicked: screen.listView.positionViewAtIndex(parent.modelData.row, ListView.Beginning)
            }
        }
    }
}
