<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>App</name>
    <message>
        <location filename="../../tankapp/ui/app.py" line="89" />
        <source>tankapp is already open with this database. Use the window that is open.</source>
        <translation>tankapp er allerede åben med denne database. Brug det vindue, der er åbent.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="96" />
        <source>The database could not be opened:</source>
        <translation>Databasen kunne ikke åbnes:</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="41" />
        <source>Edit group</source>
        <translation>Redigér gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="41" />
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="57" />
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="67" />
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="68" />
        <source>Kind of actor:</source>
        <translation>Aktørtype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="69" />
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="70" />
        <source>Target size:</source>
        <translation>Ønsket størrelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="72" />
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="114" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="114" />
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="115" />
        <source>Kind of actor</source>
        <translation>Aktørtype</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="117" />
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="122" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="128" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="164" />
        <source>Too few: target %1-%2</source>
        <translation>For få: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="166" />
        <source>Too many: target %1-%2</source>
        <translation>For mange: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="167" />
        <source>Within target %1-%2</source>
        <translation>Inden for ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="139" />
        <source>New group…</source>
        <translation>Ny gruppe…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="140" />
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="141" />
        <location filename="../../tankapp/ui/groups_page.py" line="189" />
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="142" />
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="189" />
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="199" />
        <location filename="../../tankapp/ui/groups_page.py" line="207" />
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="216" />
        <source>%1 is restored</source>
        <translation>%1 er gendannet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups_page.py" line="216" />
        <source>%1 is archived; its members and history are kept</source>
        <translation>%1 er arkiveret; medlemmer og historik er bevaret</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="51" />
        <location filename="../../tankapp/ui/import_dialog.py" line="110" />
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="56" />
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Vælg en CSV- eller Excel-fil (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="57" />
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="69" />
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="70" />
        <source>Into group:</source>
        <translation>Til gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="77" />
        <source>Line</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="78" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="79" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="80" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="81" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="81" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="87" />
        <source>Import only the valid rows and leave out the rest</source>
        <translation>Importér kun de gyldige rækker, og spring resten over</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="90" />
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="112" />
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Medlemslister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="137" />
        <source>Rows in the file: %1. Valid: %2. With problems: %3.</source>
        <translation>Rækker i filen: %1. Gyldige: %2. Med problemer: %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="141" />
        <source>A file with problems imports nothing unless you choose to import only the valid rows.</source>
        <translation>Når filen har problemer, importeres intet, medmindre du vælger kun at importere de gyldige rækker.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/import_dialog.py" line="143" />
        <source>Columns not used: %1.</source>
        <translation>Kolonner, der ikke bruges: %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="19" />
        <source>Users (patients, citizens, relatives)</source>
        <translation>Brugere (patienter, borgere, pårørende)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="20" />
        <source>Clinicians</source>
        <translation>Klinikere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="21" />
        <source>Managers</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="22" />
        <source>Quality consultants</source>
        <translation>Kvalitetskonsulenter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="23" />
        <source>Researchers</source>
        <translation>Forskere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="24" />
        <source>Education representatives</source>
        <translation>Uddannelsesrepræsentanter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="25" />
        <location filename="../../tankapp/ui/texts.py" line="39" />
        <location filename="../../tankapp/ui/texts.py" line="62" />
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="33" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="34" />
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="35" />
        <source>General practice</source>
        <translation>Almen praksis</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="36" />
        <source>Patient organisation</source>
        <translation>Patientforening</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="37" />
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="38" />
        <source>Research</source>
        <translation>Forskning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="47" />
        <source>Capital Region of Denmark</source>
        <translation>Region Hovedstaden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="48" />
        <source>Region Zealand</source>
        <translation>Region Sjælland</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="49" />
        <source>Region of Southern Denmark</source>
        <translation>Region Syddanmark</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="50" />
        <source>Central Denmark Region</source>
        <translation>Region Midtjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="51" />
        <source>North Denmark Region</source>
        <translation>Region Nordjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="59" />
        <source>KL (Local Government Denmark)</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="60" />
        <source>Danish Regions</source>
        <translation>Danske Regioner</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="61" />
        <source>ViBIS network</source>
        <translation>ViBIS' netværk</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="67" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="67" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="37" />
        <source>This part is not built yet. It will come in a later version of tankapp.</source>
        <translation>Denne del er ikke lavet endnu. Den kommer i en senere version af tankapp.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="39" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="40" />
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="41" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="42" />
        <source>Planning meetings, agendas and invitations. </source>
        <translation>Planlægning af møder, dagsordener og invitationer. </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="43" />
        <source>Knowledge</source>
        <translation>Viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="44" />
        <source>The library of knowledge presentations and their files. </source>
        <translation>Samlingen af vidensoplæg og deres filer. </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="45" />
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="46" />
        <source>Knowledge contributions back to ViBIS: promoters, barriers, examples and knowledge gaps. </source>
        <translation>Vidensbidrag tilbage til ViBIS: fremmere, barrierer, eksempler og videnshuller. </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="47" />
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="48" />
        <source>The members' self-evaluation and interview notes. </source>
        <translation>Medlemmernes selvevaluering og noter fra interview. </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="49" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="70" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="84" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="85" />
        <source>&amp;New member…</source>
        <translation>&amp;Nyt medlem…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="88" />
        <source>&amp;Import members…</source>
        <translation>&amp;Importér medlemmer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="91" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="99" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="100" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="102" />
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="107" />
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="112" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="120" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="128" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="129" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="132" />
        <source>&amp;About tankapp</source>
        <translation>&amp;Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="140" />
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="140" />
        <source>The new language is used the next time tankapp starts.</source>
        <translation>Det nye sprog bruges, næste gang tankapp starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="145" />
        <source>Go to a section</source>
        <translation>Gå til et afsnit</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="146" />
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="147" />
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="148" />
        <source>Find in the list</source>
        <translation>Søg i listen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="149" />
        <source>Open the selected row</source>
        <translation>Åbn den valgte række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="150" />
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="151" />
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="152" />
        <source>This list</source>
        <translation>Denne oversigt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="155" />
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="160" />
        <source>About tankapp</source>
        <translation>Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="161" />
        <source>tankapp %1
For the facilitators of the think tank's expert groups.

Database: %2</source>
        <translation>tankapp %1
Til facilitatorerne i tænketankens ekspertgrupper.

Database: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="190" />
        <source>Members imported: %1</source>
        <translation>Importerede medlemmer: %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="56" />
        <source>Edit member</source>
        <translation>Redigér medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="56" />
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="63" />
        <source>(not given)</source>
        <translation>(ikke oplyst)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="69" />
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="80" />
        <source>e.g. Aarhus Kommune</source>
        <translation>fx Aarhus Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="83" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="85" />
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="86" />
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="87" />
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="88" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="89" />
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="90" />
        <source>Expert group:</source>
        <translation>Ekspertgruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="91" />
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="92" />
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="93" />
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="100" />
        <source>who or what, if other</source>
        <translation>hvem eller hvad, hvis andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="101" />
        <source>Personally engaged in user involvement</source>
        <translation>Personligt engageret i brugerinddragelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="103" />
        <source>Has a role that lets them act as a change agent</source>
        <translation>Har en rolle, hvor de kan virke som forandringsagent</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="108" />
        <source>Date known</source>
        <translation>Dato kendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="109" />
        <source>Has withdrawn</source>
        <translation>Er udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="134" />
        <source>Consent:</source>
        <translation>Samtykke:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="111" />
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="113" />
        <source>Recruited via:</source>
        <translation>Rekrutteret via:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="114" />
        <source>Details:</source>
        <translation>Uddybning:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="115" />
        <source>Criterion 1:</source>
        <translation>Kriterium 1:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="116" />
        <location filename="../../tankapp/ui/member_dialog.py" line="118" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="117" />
        <source>Criterion 2:</source>
        <translation>Kriterium 2:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="119" />
        <source>Joined:</source>
        <translation>Indtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="120" />
        <source>Withdrawn:</source>
        <translation>Udtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="125" />
        <source>May be named in documents sent to ViBIS</source>
        <translation>Må nævnes ved navn i dokumenter til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="126" />
        <location filename="../../tankapp/ui/member_dialog.py" line="128" />
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="127" />
        <source>May be contacted</source>
        <translation>Må kontaktes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="132" />
        <source>Consent and notes</source>
        <translation>Samtykke og noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="138" />
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/member_dialog.py" line="147" />
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="44" />
        <source>Filter by name, e-mail, organisation… (Ctrl+F)</source>
        <translation>Søg på navn, e-mail, organisation… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="47" />
        <source>Show withdrawn</source>
        <translation>Vis udtrådte</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="48" />
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="49" />
        <source>Add a member (Ctrl+N)</source>
        <translation>Tilføj et medlem (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="50" />
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="51" />
        <location filename="../../tankapp/ui/members_page.py" line="186" />
        <source>Withdraw</source>
        <translation>Markér som udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="52" />
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="66" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="67" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="68" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="69" />
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="70" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="71" />
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="73" />
        <source>May be named</source>
        <translation>Må nævnes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="79" />
        <source>Withdrawn %1</source>
        <translation>Udtrådt %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="81" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="98" />
        <source>No members yet. Add the first member, or import a list from Excel.</source>
        <translation>Der er ingen medlemmer endnu. Tilføj det første medlem, eller importér en liste fra Excel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="99" />
        <source>Add the first member</source>
        <translation>Tilføj det første medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="147" />
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="186" />
        <source>Reinstate</source>
        <translation>Genindsæt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="206" />
        <location filename="../../tankapp/ui/members_page.py" line="228" />
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="207" />
        <source>add member %1</source>
        <translation>tilføjelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="229" />
        <source>edit member %1</source>
        <translation>ændring af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="242" />
        <source>reinstate %1</source>
        <translation>genindsættelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="242" />
        <source>%1 is active again</source>
        <translation>%1 er aktiv igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="245" />
        <source>withdraw %1</source>
        <translation>udtræden for %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members_page.py" line="245" />
        <source>%1 has withdrawn (Ctrl+Z undoes)</source>
        <translation>%1 er udtrådt (Ctrl+Z fortryder)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="98" />
        <source>Enter the member's name.</source>
        <translation>Skriv medlemmets navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="102" />
        <source>The e-mail address is already used by {name} ({group}).</source>
        <translation>E-mailadressen bruges allerede af {name} ({group}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="104" />
        <source>Choose an expert group.</source>
        <translation>Vælg en ekspertgruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="88" />
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="99" />
        <source>'{email}' is not a valid e-mail address (it should look like name@example.dk).</source>
        <translation>'{email}' er ikke en gyldig e-mailadresse (den skal ligne navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="103" />
        <source>The withdrawal date is before the joining date. Correct one of them.</source>
        <translation>Udtrædelsesdatoen ligger før indtrædelsesdatoen. Ret en af dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="105" />
        <source>The group no longer exists. Choose another group.</source>
        <translation>Gruppen findes ikke længere. Vælg en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="106" />
        <source>Enter a name for the group.</source>
        <translation>Skriv et navn til gruppen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="107" />
        <source>There is already a group named {name}.</source>
        <translation>Der findes allerede en gruppe med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="108" />
        <source>The smallest size must not be above the largest.</source>
        <translation>Den mindste størrelse må ikke være større end den største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="109" />
        <source>Choose when the project starts.</source>
        <translation>Vælg, hvornår projektet starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="110" />
        <source>The project must end after it starts.</source>
        <translation>Projektet skal slutte, efter det er startet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="111" />
        <source>The meeting target must be between 1 and 1000.</source>
        <translation>Målet for antal møder skal være mellem 1 og 1000.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="112" />
        <source>The smallest number of meetings must not be above the largest.</source>
        <translation>Det mindste antal møder må ikke være større end det største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="113" />
        <source>This database already holds a think tank.</source>
        <translation>Denne database indeholder allerede en tænketank.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="115" />
        <source>Same e-mail address as line {line}.</source>
        <translation>Samme e-mailadresse som række {line}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="118" />
        <source>'{value}' in column '{column}' is not yes or no (write ja or nej).</source>
        <translation>'{value}' i kolonnen '{column}' er hverken ja eller nej (skriv ja eller nej).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="121" />
        <source>'{value}' in column '{column}' is not a date (write it as 25.11.2026 or 2026-11-25).</source>
        <translation>'{value}' i kolonnen '{column}' er ikke en dato (skriv den som 25.11.2026 eller 2026-11-25).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="124" />
        <source>'{value}' in column '{column}' is not one of the choices tankapp knows.</source>
        <translation>'{value}' i kolonnen '{column}' er ikke en af de valgmuligheder, tankapp kender.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="128" />
        <source>The file is not there any more. Choose it again.</source>
        <translation>Filen findes ikke længere. Vælg den igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="129" />
        <source>The file could not be read. Check that it is not open in another program, and try again.</source>
        <translation>Filen kunne ikke læses. Tjek at den ikke er åben i et andet program, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="132" />
        <source>tankapp can import CSV files and Excel workbooks (.xlsx). Save the list in one of those.</source>
        <translation>tankapp kan importere CSV-filer og Excel-projektmapper (.xlsx). Gem listen i et af de formater.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="135" />
        <source>This is an old Excel file (.xls) or a protected workbook. Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Det er en gammel Excel-fil (.xls) eller en beskyttet projektmappe. Gem den som .xlsx eller CSV i Excel, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="138" />
        <source>The Excel file is damaged and cannot be read. Save it again in Excel and retry.</source>
        <translation>Excel-filen er beskadiget og kan ikke læses. Gem den igen i Excel, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="141" />
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="142" />
        <source>The file has no column with the members' names. Name a column Navn (or Fornavn and Efternavn).</source>
        <translation>Filen har ingen kolonne med medlemmernes navne. Kald en kolonne Navn (eller Fornavn og Efternavn).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/texts.py" line="145" />
        <source>The file has column headings but no members below them.</source>
        <translation>Filen har kolonneoverskrifter, men ingen medlemmer under dem.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="36" />
        <source>Welcome to tankapp</source>
        <translation>Velkommen til tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="41" />
        <source>Set up your think tank to begin. The six expert groups are created for you and can be renamed later. Or open the demo think tank to look around first.</source>
        <translation>Opret din tænketank for at komme i gang. De seks ekspertgrupper bliver oprettet for dig og kan omdøbes senere. Eller åbn demo-tænketanken, og se dig omkring først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="47" />
        <source>Set up your own think tank</source>
        <translation>Opret din egen tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="55" />
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="64" />
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="65" />
        <source>Project starts:</source>
        <translation>Projektet starter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="66" />
        <source>Length:</source>
        <translation>Varighed:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="67" />
        <source>Project ends:</source>
        <translation>Projektet slutter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="68" />
        <source>Meeting target:</source>
        <translation>Mål for antal møder:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="69" />
        <source>Expert groups:</source>
        <translation>Ekspertgrupper:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="70" />
        <source>Set up think tank</source>
        <translation>Opret tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="74" />
        <source>Try it first</source>
        <translation>Prøv først</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="77" />
        <source>A fictional think tank with six groups, members and meetings, to try everything safely.</source>
        <translation>En opdigtet tænketank med seks grupper, medlemmer og møder, hvor du trygt kan prøve det hele.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="80" />
        <source>Open the demo think tank</source>
        <translation>Åbn demo-tænketanken</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="60" />
        <source>No think tank is set up in this database yet.</source>
        <translation>Der er endnu ikke oprettet en tænketank i denne database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="65" />
        <source>Project period: %1 to %2</source>
        <translation>Projektperiode: %1 til %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="68" />
        <source>Meetings held: %1 of %2 (%3 planned)</source>
        <translation>Afholdte møder: %1 af %2 (planlagt: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="72" />
        <source>Active members: %1 in %2 groups (%3 withdrawn)</source>
        <translation>Aktive medlemmer: %1 i %2 grupper (udtrådt: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="80" />
        <source>Groups outside their target size:</source>
        <translation>Grupper uden for den ønskede størrelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="84" />
        <source>%1: %2 members (target %3-%4)</source>
        <translation>%1: %2 (ønsket %3-%4 medlemmer)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/pages.py" line="91" />
        <source>Every group is within its target size.</source>
        <translation>Alle grupper har den ønskede størrelse.</translation>
    </message>
</context>
</TS>