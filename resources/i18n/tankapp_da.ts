<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="194"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="195"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="196"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="197"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="198"/>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="199"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="200"/>
        <source>Knowledge presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="216"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="217"/>
        <source>Add an item below the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="218"/>
        <source>Edit…</source>
        <translation type="unfinished">Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="219"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="222"/>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="225"/>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="226"/>
        <source>From template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="227"/>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="239"/>
        <source>Choose a meeting to see and build its agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="322"/>
        <source>No items yet. Add one, or start from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="325"/>
        <source>%1 items, %2 minutes; ends %3 (the meeting ends %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="329"/>
        <source>The agenda runs %1 minutes past the meeting&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="382"/>
        <source>add agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="399"/>
        <source>edit agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="405"/>
        <source>remove agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="406"/>
        <source>Removed %1 (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="420"/>
        <source>move agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="430"/>
        <source>Agenda from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="431"/>
        <source>Add the items of this template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="436"/>
        <source>add template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="444"/>
        <location filename="../../tankapp/ui/agenda_editor.py" line="452"/>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="444"/>
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="454"/>
        <source>Saved the agenda as the template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../tankapp/ui/app.py" line="89"/>
        <source>tankapp is already open with this database. Use the window that is open.</source>
        <translation>tankapp er allerede åben med denne database. Brug det vindue, der er åbent.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="96"/>
        <source>The database could not be opened:</source>
        <translation>Databasen kunne ikke åbnes:</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <location filename="../../tankapp/ui/commitment.py" line="37"/>
        <source>Invited to %1 meetings; the commitment is %2-%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/commitment.py" line="41"/>
        <source>Meetings</source>
        <translation type="unfinished">Møder</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../tankapp/ui/coverage_view.py" line="71"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/coverage_view.py" line="73"/>
        <source>How many of the library&apos;s presentations the group has been shown at a held meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/coverage_view.py" line="96"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/coverage_view.py" line="118"/>
        <source>%1 was shown “%2” on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/coverage_view.py" line="123"/>
        <source>%1 has not been shown “%2” at a held meeting yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageWidget</name>
    <message>
        <location filename="../../tankapp/ui/coverage_view.py" line="135"/>
        <source>Which group has been shown which presentation at a held meeting. A tick gives the date of the first meeting where the group saw it; an empty cell means not yet. Planned and cancelled meetings do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/coverage_view.py" line="157"/>
        <source>No presentations in the library yet. When there are, this table shows which group has seen which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="44"/>
        <source>Edit group</source>
        <translation>Redigér gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="44"/>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="60"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="70"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="71"/>
        <source>Kind of actor:</source>
        <translation>Aktørtype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="72"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="73"/>
        <source>Target size:</source>
        <translation>Ønsket størrelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="75"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="117"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="117"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="118"/>
        <source>Kind of actor</source>
        <translation>Aktørtype</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="120"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="125"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="131"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="157"/>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="158"/>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="160"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="160"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="160"/>
        <source>Active</source>
        <translation type="unfinished">Aktiv</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="200"/>
        <source>Too few: target %1-%2</source>
        <translation>For få: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="202"/>
        <source>Too many: target %1-%2</source>
        <translation>For mange: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="203"/>
        <source>Within target %1-%2</source>
        <translation>Inden for ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="142"/>
        <source>New group…</source>
        <translation>Ny gruppe…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="143"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="144"/>
        <location filename="../../tankapp/ui/groups_page.py" line="244"/>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="145"/>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="229"/>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="244"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="254"/>
        <location filename="../../tankapp/ui/groups_page.py" line="262"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="271"/>
        <source>%1 is restored</source>
        <translation>%1 er gendannet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="271"/>
        <source>%1 is archived; its members and history are kept</source>
        <translation>%1 er arkiveret; medlemmer og historik er bevaret</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="51"/>
        <location filename="../../tankapp/ui/import_dialog.py" line="110"/>
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="56"/>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Vælg en CSV- eller Excel-fil (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="57"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="69"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="70"/>
        <source>Into group:</source>
        <translation>Til gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="77"/>
        <source>Line</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="78"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="79"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="81"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="81"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="87"/>
        <source>Import only the valid rows and leave out the rest</source>
        <translation>Importér kun de gyldige rækker, og spring resten over</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="90"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="112"/>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Medlemslister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="137"/>
        <source>Rows in the file: %1. Valid: %2. With problems: %3.</source>
        <translation>Rækker i filen: %1. Gyldige: %2. Med problemer: %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="141"/>
        <source>A file with problems imports nothing unless you choose to import only the valid rows.</source>
        <translation>Når filen har problemer, importeres intet, medmindre du vælger kun at importere de gyldige rækker.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="143"/>
        <source>Columns not used: %1.</source>
        <translation>Kolonner, der ikke bruges: %1.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="95"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="106"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="119"/>
        <source>The knowledge library has no presentations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="124"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="125"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="126"/>
        <source>Planned time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="127"/>
        <source>Presenter / responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="128"/>
        <source>Description:</source>
        <translation type="unfinished">Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/agenda_editor.py" line="129"/>
        <source>Knowledge presented:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="29"/>
        <source>Users (patients, citizens, relatives)</source>
        <translation>Brugere (patienter, borgere, pårørende)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="30"/>
        <source>Clinicians</source>
        <translation>Klinikere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="31"/>
        <source>Managers</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="32"/>
        <source>Quality consultants</source>
        <translation>Kvalitetskonsulenter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="33"/>
        <source>Researchers</source>
        <translation>Forskere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="34"/>
        <source>Education representatives</source>
        <translation>Uddannelsesrepræsentanter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="35"/>
        <location filename="../../tankapp/ui/texts.py" line="49"/>
        <location filename="../../tankapp/ui/texts.py" line="72"/>
        <location filename="../../tankapp/ui/texts.py" line="100"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="43"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="44"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="45"/>
        <source>General practice</source>
        <translation>Almen praksis</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="46"/>
        <source>Patient organisation</source>
        <translation>Patientforening</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="47"/>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="48"/>
        <source>Research</source>
        <translation>Forskning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="57"/>
        <source>Capital Region of Denmark</source>
        <translation>Region Hovedstaden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="58"/>
        <source>Region Zealand</source>
        <translation>Region Sjælland</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="59"/>
        <source>Region of Southern Denmark</source>
        <translation>Region Syddanmark</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="60"/>
        <source>Central Denmark Region</source>
        <translation>Region Midtjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="61"/>
        <source>North Denmark Region</source>
        <translation>Region Nordjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="69"/>
        <source>KL (Local Government Denmark)</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="70"/>
        <source>Danish Regions</source>
        <translation>Danske Regioner</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="71"/>
        <source>ViBIS network</source>
        <translation>ViBIS&apos; netværk</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="78"/>
        <source>Half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="79"/>
        <source>Full day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="85"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="86"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="87"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="93"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="94"/>
        <source>Knowledge presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="95"/>
        <source>Discussion of dissemination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="96"/>
        <source>Round of knowledge contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="97"/>
        <source>Sharing across groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="98"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="99"/>
        <source>Evaluation</source>
        <translation type="unfinished">Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="133"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="133"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="35"/>
        <location filename="../../tankapp/ui/texts.py" line="106"/>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="36"/>
        <location filename="../../tankapp/ui/texts.py" line="107"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="37"/>
        <location filename="../../tankapp/ui/texts.py" line="108"/>
        <source>Relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="43"/>
        <source>The organisation seeks and uses users&apos; perspective to improve its services (user councils, user representatives, patients in research).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="46"/>
        <source>Users influence their own course of care from their needs, preferences and knowledge (shared decision making, PRO data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="49"/>
        <source>Relatives get support for their own needs, or are involved in the user&apos;s course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="57"/>
        <location filename="../../tankapp/ui/texts.py" line="114"/>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="58"/>
        <location filename="../../tankapp/ui/texts.py" line="115"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="59"/>
        <location filename="../../tankapp/ui/texts.py" line="116"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="65"/>
        <source>Are there strategy, leadership backing, resources and competences that make it possible?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="68"/>
        <source>Is there a systematic, transparent process that gathers the users&apos; knowledge and preferences?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="71"/>
        <source>Is that knowledge actually used, followed up and evaluated?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="132"/>
        <source>Filter by title, presenter, summary, tag… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="135"/>
        <source>All kinds of involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="139"/>
        <source>All criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="143"/>
        <location filename="../../tankapp/ui/library_page.py" line="422"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="153"/>
        <source>New presentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="154"/>
        <source>Edit…</source>
        <translation type="unfinished">Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="155"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="164"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="165"/>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="167"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="173"/>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="179"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="185"/>
        <location filename="../../tankapp/ui/library_page.py" line="234"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="206"/>
        <source>No presentation matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="212"/>
        <source>No knowledge presentations yet. The library keeps the knowledge presentations that ViBIS brings to the meetings, with their slides and reports, so you can see which group has been shown what. Add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="216"/>
        <source>Add the first presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="241"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="247"/>
        <source>Size</source>
        <translation type="unfinished">Størrelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="252"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="262"/>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="263"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="264"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="319"/>
        <location filename="../../tankapp/ui/library_page.py" line="640"/>
        <source>The file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="321"/>
        <location filename="../../tankapp/ui/library_page.py" line="640"/>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="326"/>
        <source>Double-click or press Enter to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="327"/>
        <source>%1. Open it to re-link it to a copy you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="331"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="332"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="333"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="343"/>
        <source>Kind of involvement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="343"/>
        <location filename="../../tankapp/ui/library_page.py" line="344"/>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="344"/>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="347"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="352"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="359"/>
        <source>On the agenda of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="362"/>
        <source>Not on any meeting agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="480"/>
        <source>Choose a presentation to see its summary and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="539"/>
        <location filename="../../tankapp/ui/library_page.py" line="555"/>
        <source>Saved: %1</source>
        <translation type="unfinished">Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="549"/>
        <source>Edit presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="561"/>
        <source>Delete the presentation “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="563"/>
        <source>The files attached to it (%1) are removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="565"/>
        <location filename="../../tankapp/ui/library_page.py" line="574"/>
        <source>Delete presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="576"/>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="585"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="597"/>
        <source>Add a file to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="607"/>
        <source>Find a copy of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="624"/>
        <location filename="../../tankapp/ui/library_page.py" line="631"/>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="627"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="632"/>
        <source>No program on this computer opens “%1”. A copy of it is here:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="646"/>
        <source>If you have the file, choose Re-link… and pick it: tankapp keeps a new copy under the name of the file you pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="648"/>
        <source>Re-link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="660"/>
        <location filename="../../tankapp/ui/library_page.py" line="671"/>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="661"/>
        <source>Remove “%1” from this presentation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="673"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="678"/>
        <source>Copying “%1” into the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="678"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="680"/>
        <source>Adding file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="696"/>
        <source>Copying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="707"/>
        <source>Copying “%1” into the library…
%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="762"/>
        <location filename="../../tankapp/ui/library_page.py" line="780"/>
        <source>Add file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="762"/>
        <location filename="../../tankapp/ui/library_page.py" line="780"/>
        <source>Re-link file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="769"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library_page.py" line="769"/>
        <source>Re-linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="52"/>
        <source>This part is not built yet. It will come in a later version of tankapp.</source>
        <translation>Denne del er ikke lavet endnu. Den kommer i en senere version af tankapp.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="54"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="55"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="56"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="57"/>
        <source>Knowledge</source>
        <translation>Viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="58"/>
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="59"/>
        <source>Knowledge contributions back to ViBIS: promoters, barriers, examples and knowledge gaps. </source>
        <translation>Vidensbidrag tilbage til ViBIS: fremmere, barrierer, eksempler og videnshuller. </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="60"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="61"/>
        <source>The members&apos; self-evaluation and interview notes. </source>
        <translation>Medlemmernes selvevaluering og noter fra interview. </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="83"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="50"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="51"/>
        <source>Coverage by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="101"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="103"/>
        <source>New in the section shown: member, group, meeting or presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="105"/>
        <source>&amp;Import members…</source>
        <translation>&amp;Importér medlemmer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="117"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="119"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="124"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="137"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="146"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="149"/>
        <source>&amp;About tankapp</source>
        <translation>&amp;Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="157"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="157"/>
        <source>The new language is used the next time tankapp starts.</source>
        <translation>Det nye sprog bruges, næste gang tankapp starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="162"/>
        <source>Go to a section</source>
        <translation>Gå til et afsnit</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="163"/>
        <source>New member, group, meeting or presentation (in the section shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="164"/>
        <source>Agenda as PDF (in Meetings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="165"/>
        <source>Move an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="166"/>
        <source>Add or remove an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="167"/>
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="168"/>
        <source>Find in the list</source>
        <translation>Søg i listen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="169"/>
        <source>Open the selected row</source>
        <translation>Åbn den valgte række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="170"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="171"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="172"/>
        <source>This list</source>
        <translation>Denne oversigt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="175"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="180"/>
        <source>About tankapp</source>
        <translation>Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="181"/>
        <source>tankapp %1
For the facilitators of the think tank&apos;s expert groups.

Database: %2</source>
        <translation>tankapp %1
Til facilitatorerne i tænketankens ekspertgrupper.

Database: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="232"/>
        <source>Members imported: %1</source>
        <translation>Importerede medlemmer: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="59"/>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="59"/>
        <source>Plan a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="86"/>
        <source>e.g. Karen Friis, ViBIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="106"/>
        <source>No agenda yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="120"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="121"/>
        <source>Expert groups:</source>
        <translation type="unfinished">Ekspertgrupper:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="122"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="123"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="124"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="125"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="126"/>
        <source>Facilitators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="127"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="128"/>
        <source>Notes:</source>
        <translation type="unfinished">Noter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="130"/>
        <source>Agenda from template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_dialog.py" line="141"/>
        <source>Save</source>
        <translation type="unfinished">Gem</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="62"/>
        <source>Filter by title, group or place… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="66"/>
        <source>Plan meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="67"/>
        <source>Edit…</source>
        <translation type="unfinished">Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="68"/>
        <location filename="../../tankapp/ui/meetings_page.py" line="225"/>
        <source>Mark as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="69"/>
        <source>Send out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="71"/>
        <source>Agenda as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="72"/>
        <source>Calendar invitation (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="74"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="76"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="77"/>
        <source>Set back to planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="79"/>
        <source>Delete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="84"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="85"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="86"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="87"/>
        <source>Groups</source>
        <translation type="unfinished">Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="89"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="90"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="103"/>
        <source>No meetings yet. Plan the first meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="103"/>
        <source>Plan the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="179"/>
        <source>Meetings held: %1 of %2. Planned: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="182"/>
        <source>A joint meeting counts once toward the target (joint meetings held: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="190"/>
        <source>All groups</source>
        <translation type="unfinished">Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="225"/>
        <source>Mark as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="249"/>
        <source>Plan a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="254"/>
        <location filename="../../tankapp/ui/meetings_page.py" line="274"/>
        <source>Saved: %1</source>
        <translation type="unfinished">Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="269"/>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="290"/>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="299"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="300"/>
        <source>Delete the meeting %1 on %2 and its agenda? This cannot be undone. A meeting that did not take place can be cancelled instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="311"/>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="324"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="326"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="326"/>
        <source>Saved as %1.

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="335"/>
        <source>Save agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="335"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="344"/>
        <location filename="../../tankapp/ui/meetings_page.py" line="363"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="344"/>
        <source>The agenda could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="353"/>
        <source>Save calendar invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="353"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings_page.py" line="363"/>
        <source>The invitation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="56"/>
        <source>Edit member</source>
        <translation>Redigér medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="56"/>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="63"/>
        <source>(not given)</source>
        <translation>(ikke oplyst)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="69"/>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="80"/>
        <source>e.g. Aarhus Kommune</source>
        <translation>fx Aarhus Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="83"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="85"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="86"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="87"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="88"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="89"/>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="90"/>
        <source>Expert group:</source>
        <translation>Ekspertgruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="91"/>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="92"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="93"/>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="100"/>
        <source>who or what, if other</source>
        <translation>hvem eller hvad, hvis andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="101"/>
        <source>Personally engaged in user involvement</source>
        <translation>Personligt engageret i brugerinddragelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="103"/>
        <source>Has a role that lets them act as a change agent</source>
        <translation>Har en rolle, hvor de kan virke som forandringsagent</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="108"/>
        <source>Date known</source>
        <translation>Dato kendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="109"/>
        <source>Has withdrawn</source>
        <translation>Er udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="134"/>
        <source>Consent:</source>
        <translation>Samtykke:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="111"/>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="113"/>
        <source>Recruited via:</source>
        <translation>Rekrutteret via:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="114"/>
        <source>Details:</source>
        <translation>Uddybning:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="115"/>
        <source>Criterion 1:</source>
        <translation>Kriterium 1:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="116"/>
        <location filename="../../tankapp/ui/member_dialog.py" line="118"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="117"/>
        <source>Criterion 2:</source>
        <translation>Kriterium 2:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="119"/>
        <source>Joined:</source>
        <translation>Indtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="120"/>
        <source>Withdrawn:</source>
        <translation>Udtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="125"/>
        <source>May be named in documents sent to ViBIS</source>
        <translation>Må nævnes ved navn i dokumenter til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="126"/>
        <location filename="../../tankapp/ui/member_dialog.py" line="128"/>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="127"/>
        <source>May be contacted</source>
        <translation>Må kontaktes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="132"/>
        <source>Consent and notes</source>
        <translation>Samtykke og noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="138"/>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="147"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="46"/>
        <source>Filter by name, e-mail, organisation… (Ctrl+F)</source>
        <translation>Søg på navn, e-mail, organisation… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="49"/>
        <source>Show withdrawn</source>
        <translation>Vis udtrådte</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="50"/>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="51"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Tilføj et medlem (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="52"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="53"/>
        <location filename="../../tankapp/ui/members_page.py" line="189"/>
        <source>Withdraw</source>
        <translation>Markér som udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="54"/>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="68"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="69"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="70"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="71"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="72"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="73"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="76"/>
        <source>May be named</source>
        <translation>Må nævnes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="82"/>
        <source>Withdrawn %1</source>
        <translation>Udtrådt %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="84"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="101"/>
        <source>No members yet. Add the first member, or import a list from Excel.</source>
        <translation>Der er ingen medlemmer endnu. Tilføj det første medlem, eller importér en liste fra Excel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="102"/>
        <source>Add the first member</source>
        <translation>Tilføj det første medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="150"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="189"/>
        <source>Reinstate</source>
        <translation>Genindsæt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="209"/>
        <location filename="../../tankapp/ui/members_page.py" line="231"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="210"/>
        <source>add member %1</source>
        <translation>tilføjelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="232"/>
        <source>edit member %1</source>
        <translation>ændring af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="245"/>
        <source>reinstate %1</source>
        <translation>genindsættelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="245"/>
        <source>%1 is active again</source>
        <translation>%1 er aktiv igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="248"/>
        <source>withdraw %1</source>
        <translation>udtræden for %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="248"/>
        <source>%1 has withdrawn (Ctrl+Z undoes)</source>
        <translation>%1 er udtrådt (Ctrl+Z fortryder)</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="203"/>
        <source>Edit presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="203"/>
        <source>New presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="211"/>
        <source>e.g. ViBIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="212"/>
        <source>Date known</source>
        <translation type="unfinished">Dato kendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="215"/>
        <source>What the presentation is about, in a few lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="219"/>
        <source>Report, article or web address the knowledge comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="240"/>
        <source>Words to find it by, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="245"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="246"/>
        <source>Presenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="247"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="248"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="249"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="254"/>
        <source>Kind of involvement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="255"/>
        <source>Criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="257"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="261"/>
        <source>Save</source>
        <translation type="unfinished">Gem</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="164"/>
        <source>Enter the member&apos;s name.</source>
        <translation>Skriv medlemmets navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="168"/>
        <source>The e-mail address is already used by {name} ({group}).</source>
        <translation>E-mailadressen bruges allerede af {name} ({group}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="170"/>
        <source>Choose an expert group.</source>
        <translation>Vælg en ekspertgruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="154"/>
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="165"/>
        <source>&apos;{email}&apos; is not a valid e-mail address (it should look like name@example.dk).</source>
        <translation>&apos;{email}&apos; er ikke en gyldig e-mailadresse (den skal ligne navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="169"/>
        <source>The withdrawal date is before the joining date. Correct one of them.</source>
        <translation>Udtrædelsesdatoen ligger før indtrædelsesdatoen. Ret en af dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="171"/>
        <source>The group no longer exists. Choose another group.</source>
        <translation>Gruppen findes ikke længere. Vælg en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="172"/>
        <source>Enter a name for the group.</source>
        <translation>Skriv et navn til gruppen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="173"/>
        <source>There is already a group named {name}.</source>
        <translation>Der findes allerede en gruppe med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="174"/>
        <source>The smallest size must not be above the largest.</source>
        <translation>Den mindste størrelse må ikke være større end den største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="175"/>
        <source>Choose when the project starts.</source>
        <translation>Vælg, hvornår projektet starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="176"/>
        <source>The project must end after it starts.</source>
        <translation>Projektet skal slutte, efter det er startet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="177"/>
        <source>The meeting target must be between 1 and 1000.</source>
        <translation>Målet for antal møder skal være mellem 1 og 1000.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="178"/>
        <source>The smallest number of meetings must not be above the largest.</source>
        <translation>Det mindste antal møder må ikke være større end det største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="179"/>
        <source>This database already holds a think tank.</source>
        <translation>Denne database indeholder allerede en tænketank.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="181"/>
        <source>Give the meeting a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="182"/>
        <source>Choose at least one expert group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="183"/>
        <source>Choose the meeting&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="184"/>
        <source>Give the start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="185"/>
        <source>{date} is outside the project period ({start} to {end}). Choose a date within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="188"/>
        <source>The meeting ends ({end}) before it starts ({start}). Check the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="191"/>
        <source>Note: {group} already has a meeting that day ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="194"/>
        <source>Give the agenda item a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="195"/>
        <source>The planned time must be between 0 and 480 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="198"/>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="199"/>
        <source>There is already a template named {name}. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="202"/>
        <source>The agenda has no items yet, so there is nothing to keep as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="206"/>
        <source>Same e-mail address as line {line}.</source>
        <translation>Samme e-mailadresse som række {line}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="209"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not yes or no (write ja or nej).</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er hverken ja eller nej (skriv ja eller nej).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="212"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not a date (write it as 25.11.2026 or 2026-11-25).</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er ikke en dato (skriv den som 25.11.2026 eller 2026-11-25).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="215"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not one of the choices tankapp knows.</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er ikke en af de valgmuligheder, tankapp kender.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="219"/>
        <source>The file is not there any more. Choose it again.</source>
        <translation>Filen findes ikke længere. Vælg den igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="220"/>
        <source>The file could not be read. Check that it is not open in another program, and try again.</source>
        <translation>Filen kunne ikke læses. Tjek at den ikke er åben i et andet program, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="223"/>
        <source>tankapp can import CSV files and Excel workbooks (.xlsx). Save the list in one of those.</source>
        <translation>tankapp kan importere CSV-filer og Excel-projektmapper (.xlsx). Gem listen i et af de formater.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="226"/>
        <source>This is an old Excel file (.xls) or a protected workbook. Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Det er en gammel Excel-fil (.xls) eller en beskyttet projektmappe. Gem den som .xlsx eller CSV i Excel, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="229"/>
        <source>The Excel file is damaged and cannot be read. Save it again in Excel and retry.</source>
        <translation>Excel-filen er beskadiget og kan ikke læses. Gem den igen i Excel, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="232"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="233"/>
        <source>The file has no column with the members&apos; names. Name a column Navn (or Fornavn and Efternavn).</source>
        <translation>Filen har ingen kolonne med medlemmernes navne. Kald en kolonne Navn (eller Fornavn og Efternavn).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="236"/>
        <source>The file has column headings but no members below them.</source>
        <translation>Filen har kolonneoverskrifter, men ingen medlemmer under dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="87"/>
        <source>Enter a title for the presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="88"/>
        <source>The title is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="89"/>
        <source>The name is too long: at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="90"/>
        <source>“{title}” is on the agenda of: {meetings}. Take it off those agendas first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="93"/>
        <source>The file “{file}” is not there any more. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="94"/>
        <source>“{file}” is a folder, not a file. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="95"/>
        <source>The file “{file}” could not be read. Check that it is not open in another program, or copy it to this computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="98"/>
        <source>The file could not be saved in tankapp&apos;s data folder. Check that there is free space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="101"/>
        <source>Cancelled. The file was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="102"/>
        <source>This file is already attached to the presentation as “{file}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="103"/>
        <source>The copied file disappeared from tankapp&apos;s data folder. Add the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="104"/>
        <source>The file “{file}” is missing from tankapp&apos;s data folder. It may have been deleted outside tankapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="107"/>
        <source>The file “{file}” in tankapp&apos;s data folder is damaged: it has changed since it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="110"/>
        <source>The presentation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/presentation_dialog.py" line="111"/>
        <source>The file no longer exists in the library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="36"/>
        <source>Welcome to tankapp</source>
        <translation>Velkommen til tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="41"/>
        <source>Set up your think tank to begin. The six expert groups are created for you and can be renamed later. Or open the demo think tank to look around first.</source>
        <translation>Opret din tænketank for at komme i gang. De seks ekspertgrupper bliver oprettet for dig og kan omdøbes senere. Eller åbn demo-tænketanken, og se dig omkring først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="47"/>
        <source>Set up your own think tank</source>
        <translation>Opret din egen tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="55"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="64"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="65"/>
        <source>Project starts:</source>
        <translation>Projektet starter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="66"/>
        <source>Length:</source>
        <translation>Varighed:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="67"/>
        <source>Project ends:</source>
        <translation>Projektet slutter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="68"/>
        <source>Meeting target:</source>
        <translation>Mål for antal møder:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="69"/>
        <source>Expert groups:</source>
        <translation>Ekspertgrupper:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="70"/>
        <source>Set up think tank</source>
        <translation>Opret tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="74"/>
        <source>Try it first</source>
        <translation>Prøv først</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="77"/>
        <source>A fictional think tank with six groups, members and meetings, to try everything safely.</source>
        <translation>En opdigtet tænketank med seks grupper, medlemmer og møder, hvor du trygt kan prøve det hele.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="80"/>
        <source>Open the demo think tank</source>
        <translation>Åbn demo-tænketanken</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="60"/>
        <source>No think tank is set up in this database yet.</source>
        <translation>Der er endnu ikke oprettet en tænketank i denne database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="65"/>
        <source>Project period: %1 to %2</source>
        <translation>Projektperiode: %1 til %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="68"/>
        <source>Meetings held: %1 of %2 (%3 planned)</source>
        <translation>Afholdte møder: %1 af %2 (planlagt: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="72"/>
        <source>Active members: %1 in %2 groups (%3 withdrawn)</source>
        <translation>Aktive medlemmer: %1 i %2 grupper (udtrådt: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="80"/>
        <source>Groups outside their target size:</source>
        <translation>Grupper uden for den ønskede størrelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="84"/>
        <source>%1: %2 members (target %3-%4)</source>
        <translation>%1: %2 (ønsket %3-%4 medlemmer)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="91"/>
        <source>Every group is within its target size.</source>
        <translation>Alle grupper har den ønskede størrelse.</translation>
    </message>
</context>
</TS>
