import QtQuick
import Expo

Item {
    id: screen
    objectName: "citiesScreen"
    property string kind
    property string entityId
    property string country: ""
    property string area: ""
    function apply() { Browse.filterCities(country, area) }
    Component.onCompleted: apply()

    TouchButton {
        id: listSearch
        objectName: "listSearch"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        text: qsTr("Search")
        onClicked: Nav.open("search")
    }

    Column {
        id: top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        ScreenHeader {
            width: parent.width - listSearch.width - Theme.gap
            title: qsTr("Cities")
            subtitle: qsTr("%n city pavilion(s)", "", Browse.cities.count)
        }
        ChipRow {
            objectName: "countryChips"
            width: parent.width
            namePrefix: "country"
            allLabel: qsTr("All countries")
            model: Browse.cityCountries
            selectedId: screen.country
            onChosen: (id) => { screen.country = id; screen.apply() }
        }
        ChipRow {
            objectName: "areaChips"
            width: parent.width
            namePrefix: "area"
            allLabel: qsTr("All focus areas")
            model: Browse.focusAreas
            selectedId: screen.area
            onChosen: (id) => { screen.area = id; screen.apply() }
        }
    }

    ListView {
        id: list
        objectName: "cityList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: top.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap * 0.75
        reuseItems: true
        model: Browse.cities
        section.property: "section"
        section.delegate: SectionLabel {
            required property string section
            text: section
        }
        delegate: ListRow {
            required property var model
            objectName: "city-" + model.id
            width: ListView.view.width
            title: model.name
            subtitle: model.local_name
            subtitleFont: model.local_font
            badge: model.booth_code
            marker: Theme.primary
            onTapped: Nav.open("city", model.id)
        }
        PlainText {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No city matches these filters.")
            color: Theme.textMuted
        }
    }
}
