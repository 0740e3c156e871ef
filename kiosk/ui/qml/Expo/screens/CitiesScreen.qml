import QtQuick
import Expo

FilteredListScreen {
    id: screen
    objectName: "citiesScreen"
    property string country: ""
    property string area: ""
    function apply() { Browse.filterCities(country, area) }
    Component.onCompleted: apply()
    title: qsTr("Cities")
    subtitle: qsTr("%n city pavilion(s)", "", Browse.cities.count)
    listName: "cityList"
    model: Browse.cities
    emptyText: qsTr("No city matches these filters.")

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

    row: ListRow {
        required property var model
        objectName: "city-" + model.id
        width: ListView.view.width
        title: model.name
        subtitle: model.local_name
        subtitleFont: model.local_font
        badge: model.booth_code
        marker: Theme.primary
        starred: VisitPlan.favouriteCount >= 0 && VisitPlan.isFavourite("city", model.id)
        onTapped: Nav.open("city", model.id)
    }
}
