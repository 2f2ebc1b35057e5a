<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="205"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="206"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="207"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="208"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="209"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="210"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="211"/>
        <source>Knowledge presented</source>
        <translation>Præsenteret viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="227"/>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="228"/>
        <source>Add an item below the selected one (Insert)</source>
        <translation>Tilføj et punkt under det valgte (Insert)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="229"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="230"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="233"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Flyt op (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="236"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Flyt ned (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="237"/>
        <source>From template…</source>
        <translation>Fra skabelon…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="238"/>
        <source>Save as template…</source>
        <translation>Gem som skabelon…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="250"/>
        <source>Choose a meeting to see and build its agenda.</source>
        <translation>Vælg et møde for at se og sammensætte dets dagsorden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="343"/>
        <source>No items yet. Add one, or start from a template.</source>
        <translation>Der er ingen punkter endnu. Tilføj et punkt, eller start fra en skabelon.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="346"/>
        <source>Items: %1. Duration: %2 min. Ends %3 (the meeting ends %4).</source>
        <translation>Punkter: %1. Varighed: %2 min. Slutter kl. %3 (mødet slutter kl. %4).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="350"/>
        <source>The agenda runs %1 minutes past the meeting&apos;s end.</source>
        <translation>Dagsordenen varer %1 min. længere end mødet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="399"/>
        <source>add agenda item %1</source>
        <translation>tilføjelse af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="420"/>
        <source>edit agenda item %1</source>
        <translation>ændring af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="426"/>
        <source>remove agenda item %1</source>
        <translation>fjernelse af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="427"/>
        <source>Removed %1 (Ctrl+Z brings it back)</source>
        <translation>%1 er fjernet (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="441"/>
        <source>move agenda item %1</source>
        <translation>flytning af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="450"/>
        <source>Agenda from template</source>
        <translation>Dagsorden fra skabelon</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="451"/>
        <source>Add the items of this template:</source>
        <translation>Tilføj punkterne fra denne skabelon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="456"/>
        <source>add template %1</source>
        <translation>tilføjelse af skabelonen %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="461"/>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="468"/>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="461"/>
        <source>Name of the template:</source>
        <translation>Skabelonens navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="470"/>
        <source>Saved the agenda as the template %1</source>
        <translation>Dagsordenen er gemt som skabelonen %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../tankapp/ui/app.py" line="101"/>
        <source>The change could not be saved:</source>
        <extracomment>The main window ran and closed (the program may end at once: see :func:`leave`).</extracomment>
        <translation>Ændringen kunne ikke gemmes:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="103"/>
        <source>Something went wrong, and the last action may not have been carried out. Everything saved before is kept. If it happens again, please report it (details are in the log file).</source>
        <translation>Noget gik galt, og den sidste handling er måske ikke udført. Alt, hvad der var gemt før, er bevaret. Sker det igen, så meld det gerne (detaljerne står i logfilen).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="135"/>
        <source>tankapp is already open with this database. Use the window that is open.</source>
        <translation>tankapp er allerede åben med denne database. Brug det vindue, der er åbent.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="217"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="485"/>
        <source>The database could not be opened:</source>
        <translation>Databasen kunne ikke åbnes:</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="61"/>
        <source>today %1</source>
        <translation>i dag %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="63"/>
        <source>yesterday %1</source>
        <translation>i går %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="70"/>
        <source>The disk is full.</source>
        <translation>Disken er fuld.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="71"/>
        <source>tankapp may not write there (no permission, or the disk is read-only).</source>
        <translation>tankapp må ikke skrive der (ingen tilladelse, eller disken er skrivebeskyttet).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="74"/>
        <source>A file with that name already exists.</source>
        <translation>Der findes allerede en fil med det navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="75"/>
        <source>The copy did not pass SQLite&apos;s check: the file is damaged.</source>
        <translation>Kopien bestod ikke SQLites kontrol: filen er beskadiget.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="76"/>
        <source>The database is open in another program or another tankapp window. Close it and try again.</source>
        <translation>Databasen er åben i et andet program eller et andet tankapp-vindue. Luk det, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="79"/>
        <source>The file is not there any more.</source>
        <translation>Filen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="80"/>
        <source>The file is not a tankapp database.</source>
        <translation>Filen er ikke en tankapp-database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="81"/>
        <source>The file was made by a newer version of tankapp. Update tankapp to use it.</source>
        <translation>Filen er lavet af en nyere version af tankapp. Opdatér tankapp for at bruge den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="85"/>
        <source>Something went wrong (the details say what).</source>
        <translation>Noget gik galt (detaljerne siger hvad).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="142"/>
        <source>Last backup: none yet</source>
        <translation>Sidste sikkerhedskopi: ingen endnu</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="143"/>
        <source>No backup of this database has been made yet. Backups are kept in %1.</source>
        <translation>Der er endnu ikke taget en sikkerhedskopi af denne database. Sikkerhedskopier gemmes i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="149"/>
        <source>Last backup: %1</source>
        <translation>Sidste sikkerhedskopi: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="150"/>
        <source>Backups are made when tankapp starts, every hour and when it closes, and kept in %1.</source>
        <translation>Der tages sikkerhedskopi, når tankapp starter, hver time og når den lukkes, og de gemmes i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="195"/>
        <source>The automatic backup failed: %1 Everything is still saved in the database.</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: %1 Alt er stadig gemt i databasen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="230"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="241"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="246"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="255"/>
        <source>Back up to a file</source>
        <translation>Sikkerhedskopiér til en fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="232"/>
        <source>tankapp database (*.sqlite);;All files (*)</source>
        <translation>tankapp-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="247"/>
        <source>No backup was made: %1 The database is untouched.</source>
        <translation>Der blev ikke taget nogen sikkerhedskopi: %1 Databasen er urørt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="252"/>
        <source>Backed up to %1</source>
        <translation>Sikkerhedskopieret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="256"/>
        <source>The backup is saved as %1 (%2). It was checked: it opens, and SQLite found no damage in it.</source>
        <translation>Sikkerhedskopien er gemt som %1 (%2). Den er kontrolleret: den kan åbnes, og SQLite fandt ingen skader i den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="386"/>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="392"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="520"/>
        <source>Nothing was restored: %1</source>
        <translation>Intet blev gendannet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="401"/>
        <source>The database is back as it was when the backup was made (%1).</source>
        <translation>Databasen er tilbage, som den var, da sikkerhedskopien blev taget (%1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="405"/>
        <source>The database as it was just before is kept aside. To go back to it, choose File &gt; Restore from a backup… and pick the entry marked “before restore” (%1).</source>
        <translation>Databasen, som den var lige før, er gemt til side. For at gå tilbage til den skal du vælge Filer &gt; Gendan fra en sikkerhedskopi… og vælge linjen mærket “før gendannelse” (%1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="410"/>
        <source>Restored the backup from %1</source>
        <translation>Sikkerhedskopien fra %1 er gendannet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="420"/>
        <source>Check the database</source>
        <translation>Kontrollér databasen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="431"/>
        <source>The database is in order: SQLite checked every page and every reference and found no problems.</source>
        <translation>Databasen er i orden: SQLite kontrollerede hver side og hver henvisning og fandt ingen problemer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="437"/>
        <source>The check found problems in the database:</source>
        <translation>Kontrollen fandt problemer i databasen:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="443"/>
        <source>Restore the latest backup from %1…</source>
        <translation>Gendan den seneste sikkerhedskopi fra %1…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="448"/>
        <source>There is no good backup of it in the backups folder.</source>
        <translation>Der er ingen brugbar sikkerhedskopi af den i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="472"/>
        <source>The database %1 is damaged, so tankapp cannot open it.</source>
        <translation>Databasen %1 er beskadiget, så tankapp kan ikke åbne den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="473"/>
        <source>%1 is not a tankapp database (or not one tankapp can read), so tankapp cannot open it.</source>
        <translation>%1 er ikke en tankapp-database (eller ikke en, tankapp kan læse), så tankapp kan ikke åbne den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="476"/>
        <source>The database %1 was made by a newer version of tankapp. Update tankapp to open it.</source>
        <translation>Databasen %1 er lavet af en nyere version af tankapp. Opdatér tankapp for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="490"/>
        <source>The file was left exactly as it is.</source>
        <translation>Filen er ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="496"/>
        <source>No good backup of it was found in the backups folder (%1).</source>
        <translation>Der blev ikke fundet nogen brugbar sikkerhedskopi af den i mappen med sikkerhedskopier (%1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="502"/>
        <source>A good backup from %1 exists. Restoring it brings the database back as it was then; changes made after that are not in it. The file as it is now is kept aside in the backups folder.</source>
        <translation>Der findes en brugbar sikkerhedskopi fra %1. Gendanner du den, bliver databasen, som den var dengang; ændringer lavet siden er ikke med. Filen, som den er nu, gemmes til side i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="509"/>
        <source>Restore the latest backup from %1</source>
        <translation>Gendan den seneste sikkerhedskopi fra %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="528"/>
        <source>The backup from %1 is restored. The file that could not be opened is kept aside as %2.</source>
        <translation>Sikkerhedskopien fra %1 er gendannet. Filen, der ikke kunne åbnes, er gemt til side som %2.</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <location filename="../../tankapp/ui/members/commitment.py" line="37"/>
        <source>Meetings invited to: %1. The commitment is %2-%3 meetings.</source>
        <translation>Inviteret til møder: %1. Aftalen er %2-%3 møder.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/commitment.py" line="41"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/commitment.py" line="53"/>
        <source>Attended</source>
        <translation>Deltaget</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="77"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="147"/>
        <source>Promoter</source>
        <translation>Fremmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="78"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="148"/>
        <source>Barrier</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="79"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="149"/>
        <source>Successful example</source>
        <translation>Vellykket eksempel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="80"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="150"/>
        <source>Knowledge gap or need</source>
        <translation>Videnshul eller behov</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="87"/>
        <source>P</source>
        <comment>letter for promoter</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="88"/>
        <source>B</source>
        <comment>letter for barrier</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="89"/>
        <source>E</source>
        <comment>letter for successful example</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="90"/>
        <source>G</source>
        <comment>letter for knowledge gap</comment>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="96"/>
        <source>+ Promoter</source>
        <translation>+ Fremmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="97"/>
        <source>+ Barrier</source>
        <translation>+ Barriere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="98"/>
        <source>+ Example</source>
        <translation>+ Eksempel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="99"/>
        <source>+ Knowledge gap</source>
        <translation>+ Videnshul</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="105"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="123"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="155"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="162"/>
        <source>Not specified</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="120"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="159"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="121"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="160"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="122"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="161"/>
        <source>Across sectors</source>
        <translation>På tværs af sektorer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="131"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="132"/>
        <source>Sent %1</source>
        <translation>Sendt %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="134"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="166"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="135"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="167"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="142"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="168"/>
        <source>Sent to ViBIS</source>
        <translation>Sendt til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="400"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="149"/>
        <source>Give the contribution a short title.</source>
        <translation>Giv vidensbidraget en kort titel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="150"/>
        <source>Choose the group the contribution comes from.</source>
        <translation>Vælg den gruppe, vidensbidraget kommer fra.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="151"/>
        <source>The meeting no longer exists. Choose another meeting.</source>
        <translation>Mødet findes ikke længere. Vælg et andet møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="152"/>
        <source>The member no longer exists. Choose another member.</source>
        <translation>Medlemmet findes ikke længere. Vælg et andet medlem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="401"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="153"/>
        <source>The contribution no longer exists.</source>
        <translation>Vidensbidraget findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="402"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="154"/>
        <source>Choose two different contributions to merge.</source>
        <translation>Vælg to forskellige vidensbidrag, der skal flettes sammen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="403"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="155"/>
        <source>One of them is already merged into another contribution.</source>
        <translation>Et af dem er allerede flettet sammen med et andet vidensbidrag.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="164"/>
        <source>%1 (not named: no consent)</source>
        <translation>%1 (nævnes ikke: intet samtykke)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="194"/>
        <source>A short title, e.g. “No time set aside for user councils”</source>
        <translation>En kort titel, fx »Ingen tid afsat til brugerråd«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="198"/>
        <source>What was said, in a few lines (optional)</source>
        <translation>Kort om, hvad der blev sagt (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="223"/>
        <source>Optional. A member is named in documents sent to ViBIS only if they have agreed to be named.</source>
        <translation>Valgfrit. Et medlem nævnes kun ved navn i dokumenter til ViBIS, hvis medlemmet har sagt ja til det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="230"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="235"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="240"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="459"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="241"/>
        <source>&amp;Involvement:</source>
        <translation>&amp;Inddragelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="463"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="242"/>
        <source>Criteria:</source>
        <translation>Kriterier:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="243"/>
        <source>&amp;Setting:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="244"/>
        <source>&amp;Member:</source>
        <translation>&amp;Medlem:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="257"/>
        <source>Organisational, individual or relatives&apos; involvement; leave it for later if unsure.</source>
        <translation>Organisatorisk inddragelse, individuel inddragelse eller pårørendeinddragelse; vent med at vælge, hvis du er i tvivl.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="282"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="370"/>
        <source>The group the contribution comes from</source>
        <translation>Den gruppe, vidensbidraget kommer fra</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="378"/>
        <source>Enter saves · Esc cancels</source>
        <translation>Enter gemmer · Esc annullerer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="118"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="738"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="804"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="381"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="116"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="382"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="383"/>
        <source>Save the contribution (Enter, or Ctrl+Enter in the text)</source>
        <translation>Gem vidensbidraget (Enter, eller Ctrl+Enter i teksten)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="525"/>
        <source>New contribution: %1</source>
        <translation>Nyt vidensbidrag: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="569"/>
        <source>Saved: %1 “%2”</source>
        <translation>Gemt: %1 »%2«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="581"/>
        <source>Contribution not saved</source>
        <translation>Vidensbidraget blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="608"/>
        <source>Capture a contribution: %1 (%2)</source>
        <translation>Notér et vidensbidrag: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="648"/>
        <source>Contribution:</source>
        <translation>Vidensbidrag:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="99"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="100"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="102"/>
        <source>Involvement</source>
        <translation>Inddragelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="108"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="113"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="118"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="73"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="682"/>
        <source>Edit contribution</source>
        <translation>Redigér vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="73"/>
        <source>New contribution</source>
        <translation>Nyt vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="97"/>
        <source>Sent on:</source>
        <translation>Sendt den:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="109"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="110"/>
        <source>M&amp;eeting:</source>
        <translation>Mø&amp;de:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="111"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="152"/>
        <source>(no meeting)</source>
        <translation>(intet møde)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="221"/>
        <source>%1 × %2: %3 contributions (%4). Click to list them.</source>
        <translation>%1 × %2: %3 vidensbidrag (%4). Klik for at vise dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="257"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="258"/>
        <source>Framework matrix</source>
        <translation>Rammematrix</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="276"/>
        <source>Filter by title, text, group, meeting… (Ctrl+F)</source>
        <translation>Søg på titel, tekst, gruppe, møde… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="298"/>
        <source>Not yet classified only</source>
        <translation>Kun ikke klassificerede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="304"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="308"/>
        <source>All kinds of involvement</source>
        <translation>Alle inddragelsestyper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="312"/>
        <source>All criteria</source>
        <translation>Alle kriterier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="316"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="331"/>
        <source>New contribution…</source>
        <translation>Nyt vidensbidrag…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="332"/>
        <source>Add a contribution (Ctrl+N)</source>
        <translation>Tilføj et vidensbidrag (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="333"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="334"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="700"/>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="335"/>
        <source>Merge…</source>
        <translation>Flet sammen…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="337"/>
        <source>Select two contributions that say the same thing (Ctrl+click) and merge them into one</source>
        <translation>Vælg to vidensbidrag, der siger det samme (Ctrl+klik), og flet dem sammen til ét</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="339"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="340"/>
        <source>Export to ViBIS…</source>
        <translation>Eksportér til ViBIS…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="342"/>
        <source>The reviewed contributions of the group shown (or all) as PDF, CSV or JSON for ViBIS; drafts stay here</source>
        <translation>De gennemsete vidensbidrag fra den viste gruppe (eller alle) som PDF, CSV eller JSON til ViBIS; kladder bliver her</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="278"/>
        <source>No contribution matches the filter.</source>
        <translation>Intet vidensbidrag passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="279"/>
        <source>No knowledge contributions yet. The register keeps what the groups give back to ViBIS: promoters, barriers, successful examples and knowledge gaps, sorted by the framework. Capture them in meeting mode (%1), or add the first here.</source>
        <translation>Der er ingen vidensbidrag endnu. Registret samler det, grupperne giver tilbage til ViBIS: fremmere, barrierer, vellykkede eksempler og videnshuller, sorteret efter inddragelsestype og kriterier. Notér dem i mødetilstand (%1), eller tilføj det første her.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="285"/>
        <source>Add the first contribution</source>
        <translation>Tilføj det første vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="376"/>
        <source>Split by kind</source>
        <translation>Opdel efter type</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="378"/>
        <source>P promoter · B barrier · E successful example · G knowledge gap or need</source>
        <translation>F fremmer · B barriere · E vellykket eksempel · V videnshul eller behov</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="384"/>
        <source>Contributions without a kind of involvement or without a criterion. List them to sort them.</source>
        <translation>Vidensbidrag uden inddragelsestype eller uden kriterium. Vis dem for at klassificere dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="387"/>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="414"/>
        <source>A contribution that shows several criteria counts in each of their cells. Choose a cell to list its contributions.</source>
        <translation>Et vidensbidrag, der viser flere kriterier, tæller med i hver af de tilhørende celler. Vælg en celle for at se dens vidensbidrag.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="448"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="955"/>
        <source>Classify</source>
        <translation>Klassificér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="456"/>
        <source>Save classification</source>
        <translation>Gem klassificering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="574"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="777"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="586"/>
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="621"/>
        <source>%1 of %2 shown</source>
        <translation>%1 af %2 vist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="623"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="868"/>
        <source>%1 contributions</source>
        <translation>%1 vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="670"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="691"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="704"/>
        <source>Reviewed: %1</source>
        <translation>Gennemgået: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="706"/>
        <source>%1 contributions marked reviewed</source>
        <translation>%1 vidensbidrag er markeret som gennemgået</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="716"/>
        <source>Select exactly two contributions to merge (hold Ctrl and click the second).</source>
        <translation>Vælg præcis to vidensbidrag, der skal flettes sammen (hold Ctrl nede, og klik på det andet).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="722"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="749"/>
        <source>Merge contributions</source>
        <translation>Flet vidensbidrag sammen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="723"/>
        <source>Merge these two contributions into one?

Keep: “%1”
Merge into it: “%2”</source>
        <translation>Vil du flette disse to vidensbidrag sammen til ét?

Behold: »%1«
Flet ind i det: »%2«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="730"/>
        <source>The kept contribution gets the other&apos;s text and criteria added. The other leaves the register but is kept as history.</source>
        <translation>Det bevarede vidensbidrag får det andets tekst og kriterier tilføjet. Det andet forsvinder fra registret, men gemmes som historik.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="736"/>
        <source>Merge</source>
        <translation>Flet sammen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="737"/>
        <source>Keep the second instead</source>
        <translation>Behold det andet i stedet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="753"/>
        <source>Merged into “%1”</source>
        <translation>Flettet ind i »%1«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="765"/>
        <source>Export to ViBIS</source>
        <translation>Eksportér til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="779"/>
        <source>The group shown: %1</source>
        <translation>Den viste gruppe: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="781"/>
        <source>%1

All reviewed contributions: %2 (%3 of them sent before keep their sent date)
Only those not sent before: %4
Drafts left out (not reviewed yet): %5</source>
        <translation>%1

Alle gennemsete vidensbidrag: %2 (%3 af dem er sendt før og beholder deres afsendelsesdato)
Kun dem, der ikke er sendt før: %4
Kladder, der udelades (ikke gennemset endnu): %5</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="792"/>
        <source>Then choose the file: PDF, CSV or JSON by its ending. The exported contributions are marked sent.</source>
        <translation>Vælg derefter filen: PDF, CSV eller JSON efter filendelsen. De eksporterede vidensbidrag markeres som sendt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="796"/>
        <source>Export all %1…</source>
        <translation>Eksportér alle %1…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="800"/>
        <source>Only the %1 not sent before…</source>
        <translation>Kun de %1, der ikke er sendt før…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="817"/>
        <source>PDF report (*.pdf);;CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>PDF-rapport (*.pdf);;CSV til Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="827"/>
        <source>Exported %1 contributions to %2; they are marked sent</source>
        <translation>Eksporterede %1 vidensbidrag til %2; de er markeret som sendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="836"/>
        <source>Delete the contribution “%1”?</source>
        <translation>Vil du slette vidensbidraget »%1«?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="838"/>
        <source>Delete these %1 contributions?</source>
        <translation>Vil du slette disse %1 vidensbidrag?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="840"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="848"/>
        <source>Delete contribution</source>
        <translation>Slet vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="852"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="854"/>
        <source>%1 contributions deleted</source>
        <translation>%1 vidensbidrag er slettet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="870"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="907"/>
        <source>Not yet classified: %1</source>
        <translation>Ikke klassificeret endnu: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="903"/>
        <source>Choose a cell, or the contributions not yet classified.</source>
        <translation>Vælg en celle eller de vidensbidrag, der ikke er klassificeret endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="913"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="936"/>
        <source>Choose a contribution in the list to classify it.</source>
        <translation>Vælg et vidensbidrag på listen for at klassificere det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="960"/>
        <source>Saved; “%1” is not fully classified yet</source>
        <translation>Gemt; »%1« er endnu ikke fuldt klassificeret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="963"/>
        <source>Classified: “%1” as %2, %3</source>
        <translation>Klassificeret: »%1« som %2, %3</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../tankapp/ui/library/coverage.py" line="71"/>
        <source>Shown</source>
        <translation>Vist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/coverage.py" line="73"/>
        <source>How many of the library&apos;s presentations the group has been shown at a held meeting</source>
        <translation>Hvor mange af bibliotekets vidensoplæg gruppen har fået præsenteret på et afholdt møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/coverage.py" line="96"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/coverage.py" line="118"/>
        <source>%1 was shown “%2” on %3</source>
        <translation>%1 fik præsenteret »%2« den %3</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/coverage.py" line="123"/>
        <source>%1 has not been shown “%2” at a held meeting yet</source>
        <translation>%1 har endnu ikke fået præsenteret »%2« på et afholdt møde</translation>
    </message>
</context>
<context>
    <name>CoverageWidget</name>
    <message>
        <location filename="../../tankapp/ui/library/coverage.py" line="140"/>
        <source>Which group has been shown which presentation at a held meeting. A tick gives the date of the first meeting where the group saw it; an empty cell means not yet. Planned and cancelled meetings do not count.</source>
        <translation>Hvilken gruppe har fået præsenteret hvilket vidensoplæg på et afholdt møde. Et flueben viser datoen for det første møde, hvor gruppen så det; en tom celle betyder ikke endnu. Planlagte og aflyste møder tæller ikke med.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/coverage.py" line="162"/>
        <source>No presentations in the library yet. When there are, this table shows which group has seen which.</source>
        <translation>Der er ingen vidensoplæg i biblioteket endnu. Når der er, viser tabellen, hvilken gruppe der har set hvilke.</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="112"/>
        <source>Share with another group</source>
        <translation>Del med en anden gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="130"/>
        <source>From %1 (%2, %3)</source>
        <translation>Fra %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="146"/>
        <source>This meeting has no notes, decisions or contributions to share yet.</source>
        <translation>Mødet har endnu ingen noter, beslutninger eller vidensbidrag at dele.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="157"/>
        <source>No coming meeting of another group: plan one first, then share from here.</source>
        <translation>Ingen anden gruppe har et kommende møde: planlæg et først, og del så herfra.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="171"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="175"/>
        <source>To meeting:</source>
        <translation>Til møde:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="176"/>
        <source>Agenda item:</source>
        <translation>Dagsordenspunkt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="177"/>
        <source>Planned time:</source>
        <translation>Planlagt tid:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="182"/>
        <source>The agenda item&apos;s text (also in the agenda PDF):</source>
        <translation>Dagsordenspunktets tekst (står også i dagsordenen som PDF):</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="187"/>
        <source>Place on agenda</source>
        <translation>Sæt på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="193"/>
        <source>What to share (members are never named):</source>
        <translation>Vælg, hvad der skal deles (medlemmer nævnes aldrig ved navn):</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="219"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="221"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="223"/>
        <source>Promoter</source>
        <translation>Fremmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="224"/>
        <source>Barrier</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="225"/>
        <source>Good example</source>
        <translation>Vellykket eksempel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="226"/>
        <source>Knowledge gap</source>
        <translation>Videnshul</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="227"/>
        <source>Contribution</source>
        <translation>Vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="233"/>
        <source>Knowledge contributions</source>
        <translation>Vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="248"/>
        <source>(no item)</source>
        <translation>(intet punkt)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="278"/>
        <source>Tick what to share above.</source>
        <translation>Sæt flueben ovenfor ved det, der skal deles.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="295"/>
        <source>“%1” is on the agenda of %2.</source>
        <translation>»%1« er sat på dagsordenen for %2.</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="173"/>
        <source>Agreement (1-5)</source>
        <translation>Enighed (1-5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="174"/>
        <source>Own knowledge (1-5)</source>
        <translation>Egen viden (1-5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="175"/>
        <source>Free text</source>
        <translation>Fritekst</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="179"/>
        <source>Baseline</source>
        <translation>Førmåling</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="180"/>
        <source>Midway</source>
        <translation>Midtvejsevaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="181"/>
        <source>End evaluation</source>
        <translation>Slutevaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="185"/>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="186"/>
        <source>Declined</source>
        <translation>Ønsker ikke at svare</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="189"/>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="192"/>
        <source>Paper form</source>
        <translation>Papirskema</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="193"/>
        <source>On the laptop</source>
        <translation>På computeren</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="198"/>
        <source>Strongly disagree</source>
        <translation>Helt uenig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="199"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="200"/>
        <source>Neither agree nor disagree</source>
        <translation>Hverken enig eller uenig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="201"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="202"/>
        <source>Strongly agree</source>
        <translation>Helt enig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="205"/>
        <source>Very little</source>
        <translation>Meget lille</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="206"/>
        <source>Little</source>
        <translation>Lille</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="207"/>
        <source>Some</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="208"/>
        <source>Much</source>
        <translation>Stor</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="209"/>
        <source>Very much</source>
        <translation>Meget stor</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="43"/>
        <source>Edit group</source>
        <translation>Redigér gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="43"/>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="59"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="69"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="70"/>
        <source>Kind of actor:</source>
        <translation>Aktørtype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="71"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="72"/>
        <source>Target size:</source>
        <translation>Ønsket størrelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="74"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="113"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="113"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="114"/>
        <source>Kind of actor</source>
        <translation>Aktørtype</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="116"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="121"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="127"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="150"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="151"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="154"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="154"/>
        <source>Withdrawn</source>
        <translation>Udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="154"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="194"/>
        <source>Too few: target %1-%2</source>
        <translation>For få: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="196"/>
        <source>Too many: target %1-%2</source>
        <translation>For mange: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="197"/>
        <source>Within target %1-%2</source>
        <translation>Inden for ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="135"/>
        <source>New group…</source>
        <translation>Ny gruppe…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="136"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="137"/>
        <location filename="../../tankapp/ui/groups/page.py" line="229"/>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="138"/>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="216"/>
        <source>Members of %1</source>
        <translation>Medlemmer af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="229"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="237"/>
        <location filename="../../tankapp/ui/groups/page.py" line="245"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="257"/>
        <source>%1 is restored</source>
        <translation>%1 er gendannet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="257"/>
        <source>%1 is archived; its members and history are kept</source>
        <translation>%1 er arkiveret; medlemmer og historik er bevaret</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="51"/>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="110"/>
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="56"/>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Vælg en CSV- eller Excel-fil (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="57"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="69"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="70"/>
        <source>Into group:</source>
        <translation>Til gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="77"/>
        <source>Line</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="78"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="79"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="81"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="81"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="87"/>
        <source>Import only the valid rows and leave out the rest</source>
        <translation>Importér kun de gyldige rækker, og spring resten over</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="90"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="112"/>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Medlemslister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="136"/>
        <source>Rows in the file: %1. Valid: %2. With problems: %3.</source>
        <translation>Rækker i filen: %1. Gyldige: %2. Med problemer: %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="140"/>
        <source>A file with problems imports nothing unless you choose to import only the valid rows.</source>
        <translation>Når filen har problemer, importeres intet, medmindre du vælger kun at importere de gyldige rækker.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="142"/>
        <source>Columns not used: %1.</source>
        <translation>Kolonner, der ikke bruges: %1.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="102"/>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="113"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="128"/>
        <source>The knowledge library has no presentations yet.</source>
        <translation>Der er ingen vidensoplæg i vidensbiblioteket endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="133"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="134"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="135"/>
        <source>Planned time:</source>
        <translation>Planlagt tid:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="136"/>
        <source>Presenter / responsible:</source>
        <translation>Oplægsholder/ansvarlig:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="137"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="138"/>
        <source>Knowledge presented:</source>
        <translation>Præsenteret viden:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="142"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="60"/>
        <source>Users (patients, citizens, relatives)</source>
        <translation>Brugere (patienter, borgere, pårørende)</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="61"/>
        <source>Clinicians</source>
        <translation>Klinikere</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="62"/>
        <source>Managers</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="63"/>
        <source>Quality consultants</source>
        <translation>Kvalitetskonsulenter</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="64"/>
        <source>Researchers</source>
        <translation>Forskere</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="65"/>
        <source>Education representatives</source>
        <translation>Uddannelsesrepræsentanter</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="66"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="76"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="91"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="113"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="70"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="71"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="72"/>
        <source>General practice</source>
        <translation>Almen praksis</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="73"/>
        <source>Patient organisation</source>
        <translation>Patientforening</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="74"/>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="75"/>
        <source>Research</source>
        <translation>Forskning</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="80"/>
        <source>Capital Region of Denmark</source>
        <translation>Region Hovedstaden</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="81"/>
        <source>Region Zealand</source>
        <translation>Region Sjælland</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="82"/>
        <source>Region of Southern Denmark</source>
        <translation>Region Syddanmark</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="83"/>
        <source>Central Denmark Region</source>
        <translation>Region Midtjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="84"/>
        <source>North Denmark Region</source>
        <translation>Region Nordjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="88"/>
        <source>KL (Local Government Denmark)</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="89"/>
        <source>Danish Regions</source>
        <translation>Danske Regioner</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="90"/>
        <source>ViBIS network</source>
        <translation>ViBIS&apos; netværk</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="95"/>
        <source>Half day</source>
        <translation>Halvdagsmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="96"/>
        <source>Full day</source>
        <translation>Heldagsmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="100"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="101"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="102"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="129"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="106"/>
        <source>Welcome</source>
        <translation>Velkomst</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="107"/>
        <source>Knowledge presentation</source>
        <translation>Vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="108"/>
        <source>Discussion of dissemination</source>
        <translation>Drøftelse af spredning</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="109"/>
        <source>Round of knowledge contributions</source>
        <translation>Runde med vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="110"/>
        <source>Sharing across groups</source>
        <translation>Deling på tværs af grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="111"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="112"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="124"/>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="117"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="118"/>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="119"/>
        <source>Left early</source>
        <translation>Gået tidligt</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="120"/>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="121"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="127"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="128"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="133"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="133"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="133"/>
        <source>Organisational</source>
        <translation>Organisatorisk</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="134"/>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="135"/>
        <source>Relatives</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="36"/>
        <source>The organisation seeks and uses users&apos; perspective to improve its services (user councils, user representatives, patients in research).</source>
        <translation>Organisationen efterspørger og anvender brugernes perspektiv til at forbedre sine ydelser (brugerråd, brugerrepræsentanter, patienter i forskning).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="39"/>
        <source>Users influence their own course of care from their needs, preferences and knowledge (shared decision making, PRO data).</source>
        <translation>Brugeren får indflydelse på sit eget forløb ud fra egne behov, præferencer og viden (fælles beslutningstagning, PRO-data).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="42"/>
        <source>Relatives get support for their own needs, or are involved in the user&apos;s course.</source>
        <translation>De pårørende får støtte til egne behov eller inddrages i brugerens forløb.</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="139"/>
        <source>Frames</source>
        <translation>Rammer</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="140"/>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="141"/>
        <source>Use</source>
        <translation>Anvendelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="50"/>
        <source>Are there strategy, leadership backing, resources and competences that make it possible?</source>
        <translation>Er der strategi, ledelsesopbakning, ressourcer og kompetencer, der gør det muligt?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="53"/>
        <source>Is there a systematic, transparent process that gathers the users&apos; knowledge and preferences?</source>
        <translation>Er der en systematisk og gennemsigtig proces, der indsamler brugernes viden og præferencer?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="56"/>
        <source>Is that knowledge actually used, followed up and evaluated?</source>
        <translation>Bliver den viden faktisk anvendt, fulgt op og evalueret?</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="190"/>
        <source>Filter by title, presenter, summary, tag… (Ctrl+F)</source>
        <translation>Søg på titel, oplægsholder, resumé, emneord… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="137"/>
        <source>All kinds of involvement</source>
        <translation>Alle inddragelsestyper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="141"/>
        <source>All criteria</source>
        <translation>Alle kriterier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="145"/>
        <location filename="../../tankapp/ui/library/page.py" line="403"/>
        <source>All tags</source>
        <translation>Alle emneord</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="149"/>
        <source>New presentation…</source>
        <translation>Nyt vidensoplæg…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="150"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="151"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="160"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="161"/>
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="163"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="169"/>
        <source>Involvement</source>
        <translation>Inddragelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="175"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="181"/>
        <location filename="../../tankapp/ui/library/page.py" line="220"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="192"/>
        <source>No presentation matches the filter.</source>
        <translation>Intet vidensoplæg passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="194"/>
        <source>No knowledge presentations yet. The library keeps the knowledge presentations that ViBIS brings to the meetings, with their slides and reports, so you can see which group has been shown what. Add the first.</source>
        <translation>Der er ingen vidensoplæg endnu. Biblioteket samler de vidensoplæg, ViBIS har med til møderne, med slides og rapporter, så du kan se, hvilken gruppe der har fået præsenteret hvad. Tilføj det første.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="198"/>
        <source>Add the first presentation</source>
        <translation>Tilføj det første vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="227"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="233"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="254"/>
        <source>Add file…</source>
        <translation>Tilføj fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="255"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="256"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="313"/>
        <location filename="../../tankapp/ui/library/page.py" line="615"/>
        <source>The file is missing</source>
        <translation>Filen mangler</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="315"/>
        <location filename="../../tankapp/ui/library/page.py" line="615"/>
        <source>The file is damaged</source>
        <translation>Filen er beskadiget</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="320"/>
        <source>Double-click or press Enter to open %1</source>
        <translation>Dobbeltklik, eller tryk på Enter for at åbne %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="321"/>
        <source>%1. Open it to re-link it to a copy you have.</source>
        <translation>%1. Åbn den for at erstatte den med en kopi, du har.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="325"/>
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="326"/>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="327"/>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="337"/>
        <source>Kind of involvement:</source>
        <translation>Inddragelsestype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="337"/>
        <location filename="../../tankapp/ui/library/page.py" line="338"/>
        <source>not chosen</source>
        <translation>ikke valgt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="338"/>
        <source>Criteria:</source>
        <translation>Kriterier:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="341"/>
        <source>Tags:</source>
        <translation>Emneord:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="346"/>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="353"/>
        <source>On the agenda of:</source>
        <translation>På dagsordenen for:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="356"/>
        <source>Not on any meeting agenda yet.</source>
        <translation>Endnu ikke på dagsordenen for et møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="445"/>
        <source>Choose a presentation to see its summary and files.</source>
        <translation>Vælg et vidensoplæg for at se resumé og filer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="515"/>
        <location filename="../../tankapp/ui/library/page.py" line="531"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="525"/>
        <source>Edit presentation</source>
        <translation>Redigér vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="537"/>
        <source>Delete the presentation “%1”?</source>
        <translation>Vil du slette vidensoplægget »%1«?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="539"/>
        <source>The files attached to it (%1) are removed too.</source>
        <translation>De vedhæftede filer (%1) bliver også fjernet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="541"/>
        <location filename="../../tankapp/ui/library/page.py" line="549"/>
        <source>Delete presentation</source>
        <translation>Slet vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="551"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="560"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="572"/>
        <source>Add a file to “%1”</source>
        <translation>Tilføj en fil til »%1«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="582"/>
        <source>Find a copy of “%1”</source>
        <translation>Find en kopi af »%1«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="599"/>
        <location filename="../../tankapp/ui/library/page.py" line="606"/>
        <source>Open file</source>
        <translation>Åbn fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="602"/>
        <source>Opened %1</source>
        <translation>Åbnet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="607"/>
        <source>No program on this computer opens “%1”. A copy of it is here:
%2</source>
        <translation>Der er intet program på denne computer, som kan åbne »%1«. Der ligger en kopi af filen her:
%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="621"/>
        <source>If you have the file, choose Re-link… and pick it: tankapp keeps a new copy under the name of the file you pick.</source>
        <translation>Hvis du har filen, så vælg Erstat… og find den: tankapp gemmer en ny kopi under navnet på den fil, du vælger.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="623"/>
        <source>Re-link…</source>
        <translation>Erstat…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="635"/>
        <location filename="../../tankapp/ui/library/page.py" line="645"/>
        <source>Remove file</source>
        <translation>Fjern fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="636"/>
        <source>Remove “%1” from this presentation?</source>
        <translation>Vil du fjerne »%1« fra dette vidensoplæg?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="647"/>
        <source>Removed: %1</source>
        <translation>Fjernet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="652"/>
        <source>Copying “%1” into the library…</source>
        <translation>Kopierer »%1« til biblioteket…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="652"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="654"/>
        <source>Adding file</source>
        <translation>Tilføjer fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="670"/>
        <source>Copying %1…</source>
        <translation>Kopierer %1…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="680"/>
        <source>Copying “%1” into the library…
%2 of %3</source>
        <translation>Kopierer »%1« til biblioteket…
%2 af %3</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="733"/>
        <location filename="../../tankapp/ui/library/page.py" line="758"/>
        <source>Add file</source>
        <translation>Tilføj fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="733"/>
        <location filename="../../tankapp/ui/library/page.py" line="758"/>
        <source>Re-link file</source>
        <translation>Erstat fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="740"/>
        <source>Added: %1</source>
        <translation>Tilføjet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/page.py" line="740"/>
        <source>Re-linked: %1</source>
        <translation>Erstattet: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="138"/>
        <source>This part is not built yet. It will come in a later version of tankapp.</source>
        <translation>Denne del er ikke lavet endnu. Den kommer i en senere version af tankapp.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="61"/>
        <source>Groups</source>
        <extracomment>The window is on screen (its frame painted; the section follows at once). The section shown at start is built and loaded.</extracomment>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="62"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="63"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="64"/>
        <source>Knowledge</source>
        <translation>Viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="65"/>
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="66"/>
        <location filename="../../tankapp/ui/main_window.py" line="139"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="140"/>
        <source>The members&apos; self-evaluation and interview notes. </source>
        <translation>Medlemmernes selvevaluering og noter fra interview. </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="89"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="129"/>
        <source>Library</source>
        <translation>Vidensbibliotek</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="130"/>
        <source>Coverage by group</source>
        <translation>Dækning pr. gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="203"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="205"/>
        <source>New in the section shown: member, group, meeting or presentation</source>
        <translation>Nyt i det viste afsnit: medlem, gruppe, møde eller vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="207"/>
        <source>&amp;Import members…</source>
        <translation>&amp;Importér medlemmer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="213"/>
        <source>&amp;Back up to a file…</source>
        <translation>&amp;Sikkerhedskopiér til en fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="214"/>
        <source>A checked copy of the database, e.g. on a USB stick</source>
        <translation>En kontrolleret kopi af databasen, fx på en USB-nøgle</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="216"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="218"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Kontrollér databasen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="229"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="230"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="232"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="237"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="250"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="258"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="259"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="262"/>
        <source>&amp;About tankapp</source>
        <translation>&amp;Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="270"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="270"/>
        <source>The new language is used the next time tankapp starts.</source>
        <translation>Det nye sprog bruges, næste gang tankapp starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="275"/>
        <source>Go to a section</source>
        <translation>Gå til et afsnit</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="276"/>
        <source>New member, group, meeting or presentation (in the section shown)</source>
        <translation>Opret nyt i det viste afsnit</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="277"/>
        <source>Agenda as PDF (in Meetings)</source>
        <translation>Dagsorden som PDF (i Møder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="278"/>
        <source>Move an agenda item</source>
        <translation>Flyt et dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="279"/>
        <source>Add or remove an agenda item</source>
        <translation>Tilføj/fjern et dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="280"/>
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="281"/>
        <source>Find in the list</source>
        <translation>Søg i listen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="282"/>
        <source>Open the selected row</source>
        <translation>Åbn den valgte række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="283"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="284"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="285"/>
        <source>This list</source>
        <translation>Denne oversigt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="292"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="300"/>
        <source>About tankapp</source>
        <translation>Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="301"/>
        <source>tankapp %1
For the facilitators of the think tank&apos;s expert groups.

Database: %2</source>
        <translation>tankapp %1
Til facilitatorerne i tænketankens ekspertgrupper.

Database: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="357"/>
        <source>Members imported: %1</source>
        <translation>Importerede medlemmer: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="60"/>
        <source>Edit meeting</source>
        <translation>Redigér møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="60"/>
        <source>Plan a meeting</source>
        <translation>Planlæg et møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="87"/>
        <source>e.g. Karen Friis, ViBIS</source>
        <translation>fx Karen Friis, ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="108"/>
        <source>No agenda yet</source>
        <translation>Ingen dagsorden endnu</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="122"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="123"/>
        <source>Expert groups:</source>
        <translation>Ekspertgrupper:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="124"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="125"/>
        <source>Format:</source>
        <translation>Mødetype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="126"/>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="127"/>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="128"/>
        <source>Facilitators:</source>
        <translation>Facilitatorer:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="129"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="130"/>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="132"/>
        <source>Agenda from template:</source>
        <translation>Dagsorden fra skabelon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="143"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="414"/>
        <source>Meeting: %1</source>
        <translation>Møde: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="109"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="110"/>
        <source>Previous item (Page Up)</source>
        <translation>Forrige punkt (Page Up)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="111"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="112"/>
        <source>Next item (Page Down)</source>
        <translation>Næste punkt (Page Down)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="113"/>
        <source>Mark as held</source>
        <translation>Markér som afholdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="114"/>
        <source>Full screen (F11)</source>
        <translation>Fuld skærm (F11)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="126"/>
        <source>Why must the approved minutes change?</source>
        <translation>Hvorfor skal det godkendte referat ændres?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="127"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="150"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="167"/>
        <source>Notes for this item. Saved as you type.</source>
        <translation>Noter til punktet. Gemmes mens du skriver.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="174"/>
        <source>New decision, then Enter</source>
        <translation>Ny beslutning, tryk Enter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="175"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="176"/>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="186"/>
        <source>New action item: what is to be done</source>
        <translation>Ny opgave: hvad skal gøres</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="192"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="193"/>
        <source>About spreading knowledge</source>
        <translation>Om spredning af viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="194"/>
        <source>Add action</source>
        <translation>Tilføj opgave</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="195"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="196"/>
        <source>Action items</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="200"/>
        <source>Who:</source>
        <translation>Hvem:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="217"/>
        <source>Mark done</source>
        <translation>Markér som udført</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="218"/>
        <source>Open dissemination actions from earlier meetings</source>
        <translation>Åbne spredningsopgaver fra tidligere møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="249"/>
        <source>Find a member (Ctrl+F), Enter checks in</source>
        <translation>Find et medlem (Ctrl+F), Enter melder ankomst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="253"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="254"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="291"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="255"/>
        <source>State</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="283"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="289"/>
        <source>Guest&apos;s name</source>
        <translation>Gæstens navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="293"/>
        <source>Role, e.g. speaker</source>
        <translation>Rolle, fx oplægsholder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="294"/>
        <source>Add guest</source>
        <translation>Tilføj gæst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="295"/>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="314"/>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="315"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="436"/>
        <source>Between groups</source>
        <translation>Mellem grupperne</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="381"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="383"/>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="504"/>
        <source>The agenda has no items.</source>
        <translation>Dagsordenen har ingen punkter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="533"/>
        <source>spreading</source>
        <translation>spredning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="555"/>
        <source>(no one named)</source>
        <translation>(ingen navngivet)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="559"/>
        <source>%1 (guest)</source>
        <translation>%1 (gæst)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="578"/>
        <source>Over time by %1</source>
        <translation>Over tiden med %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="581"/>
        <source>Nearly at the planned time</source>
        <translation>Tæt på den planlagte tid</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="584"/>
        <source>Elapsed / planned</source>
        <translation>Brugt / planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="605"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="622"/>
        <source>Saved %1</source>
        <translation>Gemt kl. %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="742"/>
        <source>No one on the list matches. Check the spelling.</source>
        <translation>Ingen på listen passer. Tjek stavningen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="746"/>
        <source>%1 people match. Type more of the name, or pick one with the arrow keys and press Enter.</source>
        <translation>%1 personer passer. Skriv mere af navnet, eller vælg en med piletasterne og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="770"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="777"/>
        <source>%1 of %2 present</source>
        <translation>%1 af %2 til stede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="796"/>
        <source>The meeting is marked as held.</source>
        <translation>Mødet er markeret som afholdt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="805"/>
        <source>The minutes were approved on %1 and are locked.</source>
        <translation>Referatet blev godkendt %1 og er låst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="819"/>
        <source>Unlocked; the reason is recorded.</source>
        <translation>Låst op; begrundelsen er gemt.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="97"/>
        <source>Filter by title, group or place… (Ctrl+F)</source>
        <translation>Søg på titel, gruppe eller sted… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="64"/>
        <source>Plan meeting…</source>
        <translation>Planlæg møde…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="65"/>
        <source>Start meeting (F5)</source>
        <translation>Start mødet (F5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="66"/>
        <source>Open meeting mode: agenda, timer, notes and attendance</source>
        <translation>Åbn mødetilstand: dagsorden, tid, noter og fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="67"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="68"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="227"/>
        <source>Mark as held</source>
        <translation>Markér som afholdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="69"/>
        <source>Send out</source>
        <translation>Send ud</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="71"/>
        <source>Agenda as PDF…</source>
        <translation>Dagsorden som PDF…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="72"/>
        <source>Calendar invitation (.ics)…</source>
        <translation>Kalenderinvitation (.ics)…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="74"/>
        <source>Sign-in sheet as PDF…</source>
        <translation>Fremmødeliste som PDF…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="75"/>
        <source>Minutes as PDF…</source>
        <translation>Referat som PDF…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="77"/>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="79"/>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="80"/>
        <source>Set back to planned</source>
        <translation>Sæt tilbage til planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="81"/>
        <source>Share with another group…</source>
        <translation>Del med en anden gruppe…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="82"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="254"/>
        <source>Approve the minutes</source>
        <translation>Godkend referatet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="84"/>
        <source>Delete meeting…</source>
        <translation>Slet møde…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="89"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="90"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="91"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="92"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="94"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="95"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="98"/>
        <source>No meetings yet. Plan the first meeting.</source>
        <translation>Der er ingen møder endnu. Planlæg det første møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="99"/>
        <source>Plan the first meeting</source>
        <translation>Planlæg det første møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="189"/>
        <source>Meetings held: %1 of %2. Planned: %3.</source>
        <translation>Afholdte møder: %1 af %2. Planlagte: %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="192"/>
        <source>A joint meeting counts once toward the target (joint meetings held: %1).</source>
        <translation>Et fællesmøde tæller én gang med i målet (afholdte fællesmøder: %1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="198"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="227"/>
        <source>Mark as planned</source>
        <translation>Markér som planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="256"/>
        <source>The minutes of %1 are approved.</source>
        <translation>Referatet af %1 er godkendt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="287"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="296"/>
        <source>Plan a meeting</source>
        <translation>Planlæg et møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="299"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="318"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="308"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="316"/>
        <source>Edit meeting</source>
        <translation>Redigér møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="335"/>
        <source>%1 is now: %2</source>
        <translation>%1 er nu: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="344"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="354"/>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="345"/>
        <source>Delete the meeting %1 on %2 and its agenda? This cannot be undone. A meeting that did not take place can be cancelled instead.</source>
        <translation>Vil du slette mødet %1 den %2 og dets dagsorden? Det kan ikke fortrydes. Et møde, der ikke blev holdt, kan i stedet aflyses.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="357"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="370"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="372"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="372"/>
        <source>Saved as %1.

Open it now?</source>
        <translation>Gemt som %1.

Vil du åbne den nu?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="402"/>
        <source>Save agenda as PDF</source>
        <translation>Gem dagsorden som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="402"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="410"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="414"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="410"/>
        <source>Save minutes as PDF</source>
        <translation>Gem referat som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="414"/>
        <source>Save sign-in sheet as PDF</source>
        <translation>Gem fremmødeliste som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="397"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="406"/>
        <source>Save calendar invitation</source>
        <translation>Gem kalenderinvitation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="406"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="55"/>
        <source>Edit member</source>
        <translation>Redigér medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="55"/>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="62"/>
        <source>(not given)</source>
        <translation>(ikke oplyst)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="68"/>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="79"/>
        <source>e.g. Aarhus Kommune</source>
        <translation>fx Aarhus Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="82"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="84"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="85"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="86"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="87"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="88"/>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="89"/>
        <source>Expert group:</source>
        <translation>Ekspertgruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="90"/>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="91"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="92"/>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="99"/>
        <source>who or what, if other</source>
        <translation>hvem eller hvad, hvis andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="100"/>
        <source>Personally engaged in user involvement</source>
        <translation>Personligt engageret i brugerinddragelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="102"/>
        <source>Has a role that lets them act as a change agent</source>
        <translation>Har en rolle, hvor de kan virke som forandringsagent</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="107"/>
        <source>Date known</source>
        <translation>Dato kendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="108"/>
        <source>Has withdrawn</source>
        <translation>Er udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="133"/>
        <source>Consent:</source>
        <translation>Samtykke:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="110"/>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="112"/>
        <source>Recruited via:</source>
        <translation>Rekrutteret via:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="113"/>
        <source>Details:</source>
        <translation>Uddybning:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="114"/>
        <source>Criterion 1:</source>
        <translation>Kriterium 1:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="115"/>
        <location filename="../../tankapp/ui/members/dialog.py" line="117"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="116"/>
        <source>Criterion 2:</source>
        <translation>Kriterium 2:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="118"/>
        <source>Joined:</source>
        <translation>Indtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="119"/>
        <source>Withdrawn:</source>
        <translation>Udtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="124"/>
        <source>May be named in documents sent to ViBIS</source>
        <translation>Må nævnes ved navn i dokumenter til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="125"/>
        <location filename="../../tankapp/ui/members/dialog.py" line="127"/>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="126"/>
        <source>May be contacted</source>
        <translation>Må kontaktes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="131"/>
        <source>Consent and notes</source>
        <translation>Samtykke og noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="137"/>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="146"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="101"/>
        <source>Filter by name, e-mail, organisation… (Ctrl+F)</source>
        <translation>Søg på navn, e-mail, organisation… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="57"/>
        <source>Show withdrawn</source>
        <translation>Vis udtrådte</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="58"/>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="59"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Tilføj et medlem (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="60"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="61"/>
        <location filename="../../tankapp/ui/members/page.py" line="207"/>
        <source>Withdraw</source>
        <translation>Markér som udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="62"/>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="63"/>
        <source>Export all data about the member…</source>
        <translation>Eksportér alle data om medlemmet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="64"/>
        <source>Anonymise…</source>
        <translation>Anonymisér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="65"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="72"/>
        <source>Personal data…</source>
        <translation>Persondata…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="74"/>
        <source>The member&apos;s rights (GDPR): a copy of all data about them, anonymising, deleting</source>
        <translation>Medlemmets rettigheder (GDPR): en kopi af alle data om personen, anonymisering, sletning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="81"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="82"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="85"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="89"/>
        <source>May be named</source>
        <translation>Må nævnes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="95"/>
        <source>Withdrawn %1</source>
        <translation>Udtrådt %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="97"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="102"/>
        <source>No members yet. Add the first member, or import a list from Excel.</source>
        <translation>Der er ingen medlemmer endnu. Tilføj det første medlem, eller importér en liste fra Excel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="103"/>
        <source>Add the first member</source>
        <translation>Tilføj det første medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="175"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="207"/>
        <source>Reinstate</source>
        <translation>Genindsæt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="225"/>
        <location filename="../../tankapp/ui/members/page.py" line="246"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="226"/>
        <source>add member %1</source>
        <translation>tilføjelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="247"/>
        <source>edit member %1</source>
        <translation>ændring af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="259"/>
        <source>reinstate %1</source>
        <translation>genindsættelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="259"/>
        <source>%1 is active again</source>
        <translation>%1 er aktiv igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="262"/>
        <source>withdraw %1</source>
        <translation>udtræden for %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="262"/>
        <source>%1 has withdrawn (Ctrl+Z undoes)</source>
        <translation>%1 er udtrådt (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="279"/>
        <source>Save all data about %1</source>
        <translation>Gem alle data om %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="280"/>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="290"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="292"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="294"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="294"/>
        <source>Saved as %1.

Open it now?</source>
        <translation>Gemt som %1.

Vil du åbne den nu?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="333"/>
        <source>%1 is now %2.</source>
        <translation>%1 er nu %2.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="334"/>
        <source>Anonymised: %1</source>
        <translation>Anonymiseret: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="339"/>
        <source>%1 is deleted.</source>
        <translation>%1 er slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="340"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="343"/>
        <source>%1 older backup was deleted.</source>
        <translation>%1 ældre sikkerhedskopi blev slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="344"/>
        <source>%1 older backups were deleted.</source>
        <translation>%1 ældre sikkerhedskopier blev slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="347"/>
        <source>No new backup could be made (%1): make a backup soon.</source>
        <translation>Der kunne ikke tages en ny sikkerhedskopi (%1): tag en sikkerhedskopi snarest.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="352"/>
        <source>%1 backup made earlier still holds the old data until it is rotated out.</source>
        <translation>%1 tidligere sikkerhedskopi indeholder stadig de gamle data, indtil den bliver udskiftet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="353"/>
        <source>%1 backups made earlier still hold the old data until they are rotated out.</source>
        <translation>%1 tidligere sikkerhedskopier indeholder stadig de gamle data, indtil de bliver udskiftet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="355"/>
        <source>Files exported earlier still hold it until they are deleted.</source>
        <translation>Filer, der er eksporteret tidligere, indeholder dem stadig, indtil de bliver slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="360"/>
        <source>The database file was rebuilt without the old data.</source>
        <translation>Databasefilen blev genopbygget uden de gamle data.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="362"/>
        <source>The change is saved, but the disk is too full to rebuild the database file without the old data: old data may stay in the file until it is rebuilt.</source>
        <translation>Ændringen er gemt, men disken er for fuld til at genopbygge databasefilen uden de gamle data: gamle data kan blive liggende i filen, indtil den bliver genopbygget.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="365"/>
        <source>The change is saved, but another program had the database open: old data may stay in its files until that program closes it.</source>
        <translation>Ændringen er gemt, men et andet program havde databasen åben: gamle data kan blive liggende i dens filer, indtil det program lukker den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="367"/>
        <source>The change is saved, but the database file could not be rebuilt without the old data.</source>
        <translation>Ændringen er gemt, men databasefilen kunne ikke genopbygges uden de gamle data.</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="155"/>
        <source>Edit presentation</source>
        <translation>Redigér vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="155"/>
        <source>New presentation</source>
        <translation>Nyt vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="163"/>
        <source>e.g. ViBIS</source>
        <translation>fx ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="164"/>
        <source>Date known</source>
        <translation>Dato kendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="167"/>
        <source>What the presentation is about, in a few lines</source>
        <translation>Kort om, hvad oplægget handler om</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="171"/>
        <source>Report, article or web address the knowledge comes from</source>
        <translation>Rapport, artikel eller webadresse, som oplægget bygger på</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="192"/>
        <source>Words to find it by, separated by commas</source>
        <translation>Ord at søge på, adskilt med komma</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="197"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="198"/>
        <source>Presenter:</source>
        <translation>Oplægsholder:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="199"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="200"/>
        <source>Summary:</source>
        <translation>Resumé:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="201"/>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="206"/>
        <source>Kind of involvement:</source>
        <translation>Inddragelsestype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="207"/>
        <source>Criteria:</source>
        <translation>Kriterier:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="209"/>
        <source>Tags:</source>
        <translation>Emneord:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/library/presentation_dialog.py" line="213"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="61"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="108"/>
        <source>Anonymise %1</source>
        <translation>Anonymisér %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="62"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="108"/>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="80"/>
        <source>Replace these words too</source>
        <translation>Erstat også disse ord</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="81"/>
        <source>Add the words of the selected text to the words replaced</source>
        <translation>Føj ordene i den valgte tekst til de ord, der bliver erstattet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="85"/>
        <source>e.g. a first name alone, a nickname; separate with commas</source>
        <translation>fx et fornavn alene, et kaldenavn; adskil med kommaer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="86"/>
        <source>Check again</source>
        <translation>Tjek igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="87"/>
        <source>Show what happens with these words replaced too</source>
        <translation>Vis, hvad der sker, når disse ord også bliver erstattet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="91"/>
        <source>Also delete the older backups</source>
        <translation>Slet også de ældre sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="93"/>
        <source>Deletes the automatic backups, the copies kept before a restore and the copies made before an upgrade. A new backup of the database without the old data is made first, so there is still one to restore.</source>
        <translation>Sletter de automatiske sikkerhedskopier, kopierne gemt før en gendannelse og kopierne taget før en opgradering. Først tages en ny sikkerhedskopi af databasen uden de gamle data, så der stadig er en at gendanne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="100"/>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="101"/>
        <source>Files exported earlier and copies on other computers keep the old data until they are deleted.</source>
        <translation>Filer, der er eksporteret tidligere, og kopier på andre computere beholder de gamle data, indtil de bliver slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="132"/>
        <source>Also replace these words in the texts:</source>
        <translation>Erstat også disse ord i teksterne:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="164"/>
        <source>language-of-this-text: en</source>
        <translation>language-of-this-text: da</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="198"/>
        <source>This member was anonymised before as %1. Anonymising again replaces only the words you add below.</source>
        <translation>Medlemmet er allerede anonymiseret som %1. En ny anonymisering erstatter kun de ord, du tilføjer nedenfor.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="201"/>
        <source>%1 becomes %2 everywhere in tankapp.</source>
        <translation>%1 bliver til %2 overalt i tankapp.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="205"/>
        <source>Removed: %1.</source>
        <translation>Fjernes: %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="207"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="220"/>
        <source>%1 attendance registration</source>
        <translation>%1 fremmøderegistrering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="208"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="221"/>
        <source>%1 attendance registrations</source>
        <translation>%1 fremmøderegistreringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="209"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="230"/>
        <source>%1 action</source>
        <translation>%1 opgave</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="209"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="230"/>
        <source>%1 actions</source>
        <translation>%1 opgaver</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="210"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="231"/>
        <source>%1 contribution</source>
        <translation>%1 vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="210"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="231"/>
        <source>%1 contributions</source>
        <translation>%1 vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="212"/>
        <source>Kept under the new name, for the statistics: %1, the group, sector and region.</source>
        <translation>Bevares under det nye navn, til statistikken: %1, gruppen, sektoren og regionen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="214"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="235"/>
        <source>%1 text</source>
        <translation>%1 tekst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="214"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="235"/>
        <source>%1 texts</source>
        <translation>%1 tekster</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="215"/>
        <source>The name, e-mail address and phone number are replaced in %1.</source>
        <translation>Navnet, e-mailadressen og telefonnummeret erstattes i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="219"/>
        <source>the member&apos;s record</source>
        <translation>medlemmets oplysninger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="224"/>
        <source>%1 guest record under the name</source>
        <translation>%1 gæsteregistrering under navnet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="225"/>
        <source>%1 guest records under the name</source>
        <translation>%1 gæsteregistreringer under navnet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="226"/>
        <source>%1 log entry</source>
        <translation>%1 logpost</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="226"/>
        <source>%1 log entries</source>
        <translation>%1 logposter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="227"/>
        <source>%1 is deleted for good. Removed: %2.</source>
        <translation>%1 slettes endeligt. Fjernes: %2.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="233"/>
        <source>Kept without the member (they are the group&apos;s work): %1.</source>
        <translation>Bevares uden medlemmet (de er gruppens arbejde): %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="236"/>
        <source>The name is replaced with %1 in %2; the e-mail address and phone number are removed from them.</source>
        <translation>Navnet erstattes med %1 i %2; e-mailadressen og telefonnummeret fjernes fra dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="241"/>
        <source>Note: %1 other person has the same name; texts naming them are changed as well.</source>
        <translation>Bemærk: %1 anden person har samme navn; tekster, der nævner vedkommende, ændres også.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="243"/>
        <source>Note: %1 other people have the same name; texts naming them are changed as well.</source>
        <translation>Bemærk: %1 andre personer har samme navn; tekster, der nævner dem, ændres også.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="249"/>
        <source>e-mail address</source>
        <translation>e-mailadresse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="250"/>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="251"/>
        <source>organisation name</source>
        <translation>organisationens navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="252"/>
        <source>job title</source>
        <translation>stillingsbetegnelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="253"/>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="254"/>
        <source>note on the recruitment</source>
        <translation>note om rekrutteringen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="255"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="256"/>
        <source>notes on the recruitment criteria</source>
        <translation>noter om rekrutteringskriterierne</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="257"/>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="258"/>
        <source>consent to be named</source>
        <translation>samtykke til at blive nævnt ved navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="259"/>
        <source>consent to be contacted</source>
        <translation>samtykke til at blive kontaktet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="260"/>
        <source>active membership (withdrawn today)</source>
        <translation>aktivt medlemskab (udtrådt i dag)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="261"/>
        <source>notes on their attendance</source>
        <translation>noter om medlemmets fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="262"/>
        <source>organisation on their guest records</source>
        <translation>organisation på medlemmets gæsteregistreringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="277"/>
        <source>Where the name is replaced:</source>
        <translation>Her erstattes navnet:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="278"/>
        <source>The name is not found in any other text.</source>
        <translation>Navnet står ikke i nogen anden tekst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="293"/>
        <source>Check this text: a first or last name stands alone there and is not replaced (it may be someone else, or an ordinary word). Add the words to replace below.</source>
        <translation>Tjek denne tekst: et fornavn eller efternavn står alene og erstattes ikke (det kan være en anden person eller et almindeligt ord). Tilføj ordene, der skal erstattes, nedenfor.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="295"/>
        <source>Check these %1 texts: a first or last name stands alone there and is not replaced (it may be someone else, or an ordinary word). Add the words to replace below.</source>
        <translation>Tjek disse %1 tekster: et fornavn eller efternavn står alene og erstattes ikke (det kan være en anden person eller et almindeligt ord). Tilføj ordene, der skal erstattes, nedenfor.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="300"/>
        <source>No text has a first or last name standing alone.</source>
        <translation>Ingen tekst har et fornavn eller efternavn stående alene.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="321"/>
        <source>%1 backup of the database was made earlier: it keeps the old data until it is rotated out (after up to 8 weeks) or deleted.</source>
        <translation>Der er taget %1 sikkerhedskopi af databasen tidligere: den beholder de gamle data, indtil den bliver udskiftet (efter op til 8 uger) eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="323"/>
        <source>%1 backups of the database were made earlier: they keep the old data until they are rotated out (after up to 8 weeks) or deleted.</source>
        <translation>Der er taget %1 sikkerhedskopier af databasen tidligere: de beholder de gamle data, indtil de bliver udskiftet (efter op til 8 uger) eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="326"/>
        <source>Also delete the older backups (%1)</source>
        <translation>Slet også de ældre sikkerhedskopier (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="328"/>
        <source>No earlier backups of the database were found.</source>
        <translation>Der blev ikke fundet tidligere sikkerhedskopier af databasen.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="164"/>
        <source>Enter the member&apos;s name.</source>
        <translation>Skriv medlemmets navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="168"/>
        <source>The e-mail address is already used by {name} ({group}).</source>
        <translation>E-mailadressen bruges allerede af {name} ({group}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="170"/>
        <source>Choose an expert group.</source>
        <translation>Vælg en ekspertgruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="154"/>
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="165"/>
        <source>&apos;{email}&apos; is not a valid e-mail address (it should look like name@example.dk).</source>
        <translation>&apos;{email}&apos; er ikke en gyldig e-mailadresse (den skal ligne navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="169"/>
        <source>The withdrawal date is before the joining date. Correct one of them.</source>
        <translation>Udtrædelsesdatoen ligger før indtrædelsesdatoen. Ret en af dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="171"/>
        <source>The group no longer exists. Choose another group.</source>
        <translation>Gruppen findes ikke længere. Vælg en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="172"/>
        <source>Enter a name for the group.</source>
        <translation>Skriv et navn til gruppen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="173"/>
        <source>There is already a group named {name}.</source>
        <translation>Der findes allerede en gruppe med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="174"/>
        <source>The smallest size must not be above the largest.</source>
        <translation>Den mindste størrelse må ikke være større end den største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="175"/>
        <source>Choose when the project starts.</source>
        <translation>Vælg, hvornår projektet starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="176"/>
        <source>The project must end after it starts.</source>
        <translation>Projektet skal slutte, efter det er startet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="177"/>
        <source>The meeting target must be between 1 and 1000.</source>
        <translation>Målet for antal møder skal være mellem 1 og 1000.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="178"/>
        <source>The smallest number of meetings must not be above the largest.</source>
        <translation>Det mindste antal møder må ikke være større end det største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="179"/>
        <source>This database already holds a think tank.</source>
        <translation>Denne database indeholder allerede en tænketank.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="181"/>
        <source>Give the meeting a title.</source>
        <translation>Giv mødet en titel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="182"/>
        <source>Choose at least one expert group.</source>
        <translation>Vælg mindst én ekspertgruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="183"/>
        <source>Choose the meeting&apos;s date.</source>
        <translation>Vælg mødets dato.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="184"/>
        <source>Give the start and end times.</source>
        <translation>Angiv start- og sluttidspunkt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="185"/>
        <source>{date} is outside the project period ({start} to {end}). Choose a date within it.</source>
        <translation>{date} ligger uden for projektperioden ({start} til {end}). Vælg en dato inden for perioden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="188"/>
        <source>The meeting ends ({end}) before it starts ({start}). Check the times.</source>
        <translation>Mødet slutter ({end}), før det starter ({start}). Tjek tidspunkterne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="191"/>
        <source>Note: {group} already has a meeting that day ({title}).</source>
        <translation>Bemærk: {group} har allerede et møde den dag ({title}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="194"/>
        <source>Give the agenda item a title.</source>
        <translation>Giv dagsordenspunktet en titel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="195"/>
        <source>The planned time must be between 0 and 480 minutes.</source>
        <translation>Den planlagte tid skal være mellem 0 og 480 minutter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="198"/>
        <source>Give the template a name.</source>
        <translation>Giv skabelonen et navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="199"/>
        <source>There is already a template named {name}. Choose another name.</source>
        <translation>Der findes allerede en skabelon med navnet {name}. Vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="202"/>
        <source>The agenda has no items yet, so there is nothing to keep as a template.</source>
        <translation>Dagsordenen har ingen punkter endnu, så der er intet at gemme som skabelon.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="206"/>
        <source>The minutes of {title} were approved on {approved}. Unlock them to make changes.</source>
        <translation>Referatet af {title} blev godkendt {approved}. Lås det op for at ændre i det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="209"/>
        <source>{name} is not invited to {title}: not a member of its group that day.</source>
        <translation>{name} er ikke inviteret til {title}: ikke medlem af gruppen den dag.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="212"/>
        <source>Write the guest&apos;s name.</source>
        <translation>Skriv gæstens navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="213"/>
        <source>Write the decision.</source>
        <translation>Skriv beslutningen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="214"/>
        <source>Write what is to be done.</source>
        <translation>Skriv hvad der skal gøres.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="215"/>
        <source>An action has one owner: a member or a guest.</source>
        <translation>En opgave har én ansvarlig: et medlem eller en gæst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="216"/>
        <source>The due date {due} is before the meeting ({meeting}). Choose a date on or after it.</source>
        <translation>Fristen {due} ligger før mødet ({meeting}). Vælg en dato på eller efter mødedagen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="219"/>
        <source>Only the minutes of a held meeting can be approved. Mark the meeting as held first.</source>
        <translation>Kun referatet af et afholdt møde kan godkendes. Markér først mødet som afholdt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="222"/>
        <source>Say why the approved minutes must change.</source>
        <translation>Skriv hvorfor det godkendte referat skal ændres.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="224"/>
        <source>Same e-mail address as line {line}.</source>
        <translation>Samme e-mailadresse som række {line}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="227"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not yes or no (write ja or nej).</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er hverken ja eller nej (skriv ja eller nej).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="230"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not a date (write it as 25.11.2026 or 2026-11-25).</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er ikke en dato (skriv den som 25.11.2026 eller 2026-11-25).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="233"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not one of the choices tankapp knows.</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er ikke en af de valgmuligheder, tankapp kender.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="236"/>
        <source>A quotation mark in column &apos;{column}&apos; is not closed, so lines {line}-{end} were read as one value. Remove the stray quotation mark or close it.</source>
        <translation>Et anførselstegn i kolonnen &apos;{column}&apos; lukkes ikke, så linje {line}-{end} blev læst som én værdi. Fjern det overskydende anførselstegn, eller luk det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="239"/>
        <source>The name in column &apos;{column}&apos; has a line break. Write it on one line.</source>
        <translation>Navnet i kolonnen &apos;{column}&apos; har et linjeskift. Skriv det på én linje.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="242"/>
        <source>Column &apos;{column}&apos; holds an invisible control character ({char}) that no one types. Remove it.</source>
        <translation>Kolonnen &apos;{column}&apos; indeholder et usynligt kontroltegn ({char}), som ingen skriver. Fjern det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="245"/>
        <source>Column &apos;{column}&apos; holds a character that could not be read (shown as �). The file may be saved in an unusual text encoding.</source>
        <translation>Kolonnen &apos;{column}&apos; indeholder et tegn, der ikke kunne læses (vist som �). Filen er måske gemt i en usædvanlig tegnkodning.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="248"/>
        <source>The value in column &apos;{column}&apos; is {length} characters long; at most {max} fit.</source>
        <translation>Værdien i kolonnen &apos;{column}&apos; er {length} tegn lang; der er plads til højst {max}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="251"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; looks garbled: probably &apos;{fixed}&apos; saved in the wrong text encoding. Correct it in the file.</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; ser forvansket ud: sandsynligvis &apos;{fixed}&apos; gemt i en forkert tegnkodning. Ret det i filen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="254"/>
        <source>Line {line} is in another text encoding ({encoding}) than the rest of the file ({file_encoding}), so its letters cannot be trusted. Correct the line, or save the whole file as CSV UTF-8.</source>
        <translation>Linje {line} er i en anden tegnkodning ({encoding}) end resten af filen ({file_encoding}), så dens bogstaver er ikke til at stole på. Ret linjen, eller gem hele filen som CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="257"/>
        <source>Same person as line {line}: same name, and no e-mail address or organisation tells them apart.</source>
        <translation>Samme person som linje {line}: samme navn, og hverken e-mailadresse eller organisation skiller dem ad.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="260"/>
        <source>Already a member of {group} as {name}: same name, and no e-mail address or organisation tells them apart.</source>
        <translation>Allerede medlem af {group} som {name}: samme navn, og hverken e-mailadresse eller organisation skiller dem ad.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="264"/>
        <source>The file is not there any more. Choose it again.</source>
        <translation>Filen findes ikke længere. Vælg den igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="265"/>
        <source>The file could not be read. Check that it is not open in another program, and try again.</source>
        <translation>Filen kunne ikke læses. Tjek at den ikke er åben i et andet program, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="268"/>
        <source>tankapp can import CSV files and Excel workbooks (.xlsx). Save the list in one of those.</source>
        <translation>tankapp kan importere CSV-filer og Excel-projektmapper (.xlsx). Gem listen i et af de formater.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="271"/>
        <source>This is an old Excel file (.xls) or a protected workbook. Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Det er en gammel Excel-fil (.xls) eller en beskyttet projektmappe. Gem den som .xlsx eller CSV i Excel, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="274"/>
        <source>The Excel file is damaged and cannot be read. Save it again in Excel and retry.</source>
        <translation>Excel-filen er beskadiget og kan ikke læses. Gem den igen i Excel, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="277"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="278"/>
        <source>The file has no column with the members&apos; names. Name a column Navn (or Fornavn and Efternavn).</source>
        <translation>Filen har ingen kolonne med medlemmernes navne. Kald en kolonne Navn (eller Fornavn og Efternavn).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="281"/>
        <source>The file has column headings but no members below them.</source>
        <translation>Filen har kolonneoverskrifter, men ingen medlemmer under dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="282"/>
        <source>The file is larger than {max_mb} MB. A member list is far smaller; check that it is the right file.</source>
        <translation>Filen er større end {max_mb} MB. En medlemsliste er langt mindre; tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="285"/>
        <source>The file has more than {max} members; tankapp imports at most {max} at a time (a think tank has about 120). Check that it is the right file, or split it.</source>
        <translation>Filen har mere end {max} medlemmer; tankapp importerer højst {max} ad gangen (en tænketank har omkring 120). Tjek, at det er den rigtige fil, eller del den op.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="288"/>
        <source>The file has more than {max} lines or rows. Delete what is below the member list, or check that it is the right file.</source>
        <translation>Filen har mere end {max} linjer eller rækker. Slet det, der står under medlemslisten, eller tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="291"/>
        <source>The workbook would unpack to {size_mb} MB; tankapp opens workbooks that unpack to at most {max_mb} MB. Check that it is the right file, or save the list as CSV and import that.</source>
        <translation>Projektmappen ville fylde {size_mb} MB udpakket; tankapp åbner projektmapper, der fylder højst {max_mb} MB udpakket. Tjek, at det er den rigtige fil, eller gem listen som CSV, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="294"/>
        <source>This is not an ordinary Excel workbook: a part of it unpacks to {ratio} times its packed size, as files built to exhaust memory do. tankapp does not open it.</source>
        <translation>Dette er ikke en almindelig Excel-projektmappe: en del af den fylder {ratio} gange så meget udpakket som pakket, sådan som filer lavet til at opbruge hukommelsen gør. tankapp åbner den ikke.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="297"/>
        <source>The file contains NUL characters (the first on line {line}), so it is not a text file tankapp can read. Save the list from Excel as CSV UTF-8 or .xlsx and import that.</source>
        <translation>Filen indeholder NUL-tegn (det første på linje {line}), så det er ikke en tekstfil, tankapp kan læse. Gem listen fra Excel som CSV UTF-8 eller .xlsx, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="300"/>
        <source>The file looks like UTF-16 text (Excel&apos;s Unicode text) but cannot be read as such. Save it from Excel as CSV UTF-8 and import that.</source>
        <translation>Filen ligner UTF-16-tekst (Excels Unicode-tekst), men kan ikke læses som sådan. Gem den fra Excel som CSV UTF-8, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="303"/>
        <source>The value that starts on line {line} runs on for more than 100,000 characters, probably from a quotation mark there that is never closed. Remove that quotation mark and import the file again.</source>
        <translation>Værdien, der begynder på linje {line}, fortsætter i mere end 100.000 tegn, sandsynligvis fordi et anførselstegn dér aldrig lukkes. Fjern anførselstegnet, og importér filen igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="307"/>
        <source>{path} is the tankapp database, one of its working files or a backup of it. Choose another file.</source>
        <translation>{path} er tankapps database, en af dens arbejdsfiler eller en sikkerhedskopi af den. Vælg en anden fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="310"/>
        <source>{path} is not an ordinary file (it is a device, a pipe or the like). Choose another file.</source>
        <translation>{path} er ikke en almindelig fil (men en enhed, en pipe eller lignende). Vælg en anden fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="313"/>
        <source>{path} is write-protected. Choose another file, or remove the write protection first.</source>
        <translation>{path} er skrivebeskyttet. Vælg en anden fil, eller fjern først skrivebeskyttelsen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="317"/>
        <source>{path} is a folder. Give the name of the file to save.</source>
        <translation>{path} er en mappe. Skriv navnet på den fil, der skal gemmes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="320"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="321"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} er ikke en mappe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="322"/>
        <source>Cannot save in the folder {folder}.</source>
        <translation>Der kan ikke gemmes i mappen {folder}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="324"/>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>Filen {path} kunne ikke gemmes: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="327"/>
        <source>{path} has no file ending tankapp can write. Choose one of the file types offered.</source>
        <translation>{path} har ingen filendelse, som tankapp kan skrive. Vælg en af de filtyper, der tilbydes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="330"/>
        <source>There are no contributions to export (drafts not reviewed yet: {drafts}).</source>
        <translation>Der er ingen vidensbidrag at eksportere (kladder, der ikke er gennemset endnu: {drafts}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="334"/>
        <source>The meeting no longer exists.</source>
        <translation>Mødet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="335"/>
        <source>The member no longer exists.</source>
        <translation>Medlemmet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="336"/>
        <source>The guest is no longer at this meeting.</source>
        <translation>Gæsten er ikke længere med på dette møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="337"/>
        <source>The agenda item no longer exists.</source>
        <translation>Dagsordenspunktet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="338"/>
        <source>The decision no longer exists.</source>
        <translation>Beslutningen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="339"/>
        <source>The action no longer exists.</source>
        <translation>Opgaven findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="340"/>
        <source>The agenda template no longer exists.</source>
        <translation>Dagsordensskabelonen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="341"/>
        <source>There is no group named {name}.</source>
        <translation>Der er ingen gruppe med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="342"/>
        <source>There is no agenda item there.</source>
        <translation>Der er intet dagsordenspunkt dér.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="344"/>
        <source>Choose when the project ends.</source>
        <translation>Vælg, hvornår projektet slutter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="345"/>
        <source>No think tank is set up in this database yet.</source>
        <translation>Der er endnu ikke oprettet en tænketank i denne database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="346"/>
        <source>This database already holds a think tank; the demo needs a new, empty database.</source>
        <translation>Denne database indeholder allerede en tænketank; demoen skal have en ny, tom database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="349"/>
        <source>This database already holds a think tank; give the demo a new file.</source>
        <translation>Denne database indeholder allerede en tænketank; giv demoen en ny fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="353"/>
        <source>The built-in templates cannot be deleted.</source>
        <translation>De indbyggede skabeloner kan ikke slettes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="354"/>
        <source>The minutes are not approved, so there is nothing to unlock.</source>
        <translation>Referatet er ikke godkendt, så der er intet at låse op.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="358"/>
        <source>Line {line}: {problems}</source>
        <translation>Linje {line}: {problems}</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="422"/>
        <source>What was shared from another group&apos;s meeting no longer exists.</source>
        <translation>Det, der blev delt fra en anden gruppes møde, findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="435"/>
        <source>No question is answered. If the member did not want to answer, mark them as declined instead.</source>
        <translation>Intet spørgsmål er besvaret. Hvis medlemmet ikke ville svare, så markér det som afslået i stedet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="436"/>
        <source>Answer with a number from 1 to 5.</source>
        <translation>Svar med et tal fra 1 til 5.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="437"/>
        <source>The text is too long: at most {max} characters.</source>
        <translation>Teksten er for lang: højst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="438"/>
        <source>The questionnaire has no question &apos;{key}&apos;.</source>
        <translation>Spørgeskemaet har intet spørgsmål &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="439"/>
        <source>The member has been anonymised; nothing new can be recorded about them.</source>
        <translation>Medlemmet er anonymiseret; der kan ikke registreres noget nyt om det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="440"/>
        <source>The member withdrew on {date}, before the round opened ({opens}).</source>
        <translation>Medlemmet udtrådte {date}, før runden åbnede ({opens}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="441"/>
        <source>The round does not ask the group {group}.</source>
        <translation>Runden spørger ikke gruppen {group}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="442"/>
        <source>Give the round a title.</source>
        <translation>Giv runden en titel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="443"/>
        <source>Choose the day the round opens.</source>
        <translation>Vælg den dag, runden åbner.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="444"/>
        <source>The round closes before it opens. Check the dates.</source>
        <translation>Runden lukker, før den åbner. Tjek datoerne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="445"/>
        <source>Choose the kind of round.</source>
        <translation>Vælg hvilken slags runde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="446"/>
        <source>Choose at least one group to ask.</source>
        <translation>Vælg mindst én gruppe, der skal spørges.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="447"/>
        <source>{count} members have already answered this round, so it cannot be changed that way.</source>
        <translation>{count} medlemmer har allerede svaret i denne runde, så den kan ikke ændres på den måde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="448"/>
        <source>The evaluation round no longer exists.</source>
        <translation>Evalueringsrunden findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="449"/>
        <source>Choose two different rounds to compare.</source>
        <translation>Vælg to forskellige runder at sammenligne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="450"/>
        <source>There are no evaluation answers to export yet.</source>
        <translation>Der er endnu ingen evalueringssvar at eksportere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="451"/>
        <source>Write the note.</source>
        <translation>Skriv noten.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="452"/>
        <source>The interview note no longer exists.</source>
        <translation>Interviewnoten findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="453"/>
        <source>The questionnaire is not valid.</source>
        <translation>Spørgeskemaet er ikke gyldigt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="454"/>
        <source>Version {version} of this questionnaire exists already.</source>
        <translation>Version {version} af dette spørgeskema findes allerede.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="455"/>
        <source>The questionnaire no longer exists.</source>
        <translation>Spørgeskemaet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="458"/>
        <source>The disk is full, so the change was not saved. Everything saved before is kept. Free some space and try again.</source>
        <translation>Disken er fuld, så ændringen blev ikke gemt. Alt, der var gemt før, er bevaret. Frigør plads og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="461"/>
        <source>The database cannot be written to (the file, its folder or the disk is read-only), so the change was not saved. Copy the file to a folder you can write to and open that.</source>
        <translation>Databasen kan ikke skrives til (filen, dens mappe eller disken er skrivebeskyttet), så ændringen blev ikke gemt. Kopiér filen til en mappe, du kan skrive i, og åbn den dér.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="464"/>
        <source>The database is busy: another program has been writing to it for a long time. Nothing was changed; try again in a moment.</source>
        <translation>Databasen er optaget: et andet program har skrevet til den i lang tid. Intet blev ændret; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="467"/>
        <source>The database file is damaged, so the change was not saved. Restore it from a backup.</source>
        <translation>Databasefilen er beskadiget, så ændringen blev ikke gemt. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="470"/>
        <source>The database could not be used, so the change was not saved. Everything saved before is kept.</source>
        <translation>Databasen kunne ikke bruges, så ændringen blev ikke gemt. Alt, der var gemt før, er bevaret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="362"/>
        <source>Enter a title for the presentation.</source>
        <translation>Skriv en titel til vidensoplægget.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="363"/>
        <source>The title is too long: at most {max} characters.</source>
        <translation>Titlen er for lang: højst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="366"/>
        <source>The name is too long: at most {max} characters.</source>
        <translation>Navnet er for langt: højst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="369"/>
        <source>“{title}” is on the agenda of: {meetings}. Take it off those agendas first, then delete it.</source>
        <translation>»{title}« er på dagsordenen for: {meetings}. Fjern det fra de dagsordener først, og slet det derefter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="373"/>
        <source>The file “{file}” is not there any more. Choose it again.</source>
        <translation>Filen »{file}« findes ikke længere. Vælg den igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="376"/>
        <source>“{file}” is a folder, not a file. Choose a file.</source>
        <translation>»{file}« er en mappe, ikke en fil. Vælg en fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="379"/>
        <source>The file “{file}” could not be read. Check that it is not open in another program, or copy it to this computer first.</source>
        <translation>Filen »{file}« kunne ikke læses. Tjek at den ikke er åben i et andet program, eller kopiér den til denne computer først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="382"/>
        <source>The file could not be saved in tankapp&apos;s data folder. Check that there is free space on the disk.</source>
        <translation>Filen kunne ikke gemmes i tankapps datamappe. Tjek at der er ledig plads på disken.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="385"/>
        <source>Cancelled. The file was not added.</source>
        <translation>Annulleret. Filen blev ikke tilføjet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="386"/>
        <source>This file is already attached to the presentation as “{file}”.</source>
        <translation>Filen er allerede vedhæftet vidensoplægget som »{file}«.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="389"/>
        <source>The copied file disappeared from tankapp&apos;s data folder. Add the file again.</source>
        <translation>Den kopierede fil forsvandt fra tankapps datamappe. Tilføj filen igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="392"/>
        <source>The file “{file}” is missing from tankapp&apos;s data folder. It may have been deleted outside tankapp.</source>
        <translation>Filen »{file}« mangler i tankapps datamappe. Den kan være slettet uden for tankapp.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="395"/>
        <source>The file “{file}” in tankapp&apos;s data folder is damaged: it has changed since it was added.</source>
        <translation>Filen »{file}« i tankapps datamappe er beskadiget: den er ændret, siden den blev tilføjet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="372"/>
        <source>The presentation no longer exists.</source>
        <translation>Vidensoplægget findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="398"/>
        <source>The file no longer exists in the library.</source>
        <translation>Filen findes ikke længere i biblioteket.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="274"/>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="278"/>
        <source>Choose the backup to go back to. Everything changed after it was made is replaced by the backup.

The database as it is now is kept aside first, so nothing is lost: it appears in this list as “before restore”, and restoring that undoes the restore.</source>
        <translation>Vælg den sikkerhedskopi, du vil gå tilbage til. Alt, der er ændret, efter den blev taget, erstattes af sikkerhedskopien.

Databasen, som den er nu, gemmes først til side, så intet går tabt: den står i denne liste som “før gendannelse”, og gendanner du den, fortrydes gendannelsen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="286"/>
        <source>Choose another file…</source>
        <translation>Vælg en anden fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="290"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="297"/>
        <source>There are no backups of this database in %1 yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne database i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="325"/>
        <source>(before restore)</source>
        <translation>(før gendannelse)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="327"/>
        <source>(cannot be opened)</source>
        <translation>(kan ikke åbnes)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="358"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="365"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="369"/>
        <source>Choose a backup</source>
        <translation>Vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="358"/>
        <source>tankapp database (*.sqlite);;All files (*)</source>
        <translation>tankapp-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="368"/>
        <source>%1 is not a tankapp database that this tankapp can open.</source>
        <translation>%1 er ikke en tankapp-database, som denne tankapp kan åbne.</translation>
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
    <name>Sharing</name>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="407"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="64"/>
        <source>Only a held meeting&apos;s notes, decisions and contributions can be shared. Mark the meeting as held first.</source>
        <translation>Kun noter, beslutninger og vidensbidrag fra et afholdt møde kan deles. Markér først mødet som afholdt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="410"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="66"/>
        <source>Tick at least one note, decision or contribution to share.</source>
        <translation>Sæt flueben ved mindst én note, beslutning eller ét vidensbidrag, der skal deles.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="413"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="67"/>
        <source>Something you ticked is no longer in the meeting&apos;s minutes. Close this window and open it again.</source>
        <translation>Noget af det, du har sat flueben ved, findes ikke længere i mødets referat. Luk vinduet, og åbn det igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="416"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="69"/>
        <source>That is a meeting of the same group. Share with another group&apos;s meeting.</source>
        <translation>Det er et møde i samme gruppe. Del med et møde i en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="419"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="71"/>
        <source>That meeting is not a coming meeting. Choose a planned meeting after this one.</source>
        <translation>Mødet er ikke et kommende møde. Vælg et planlagt møde efter dette.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="425"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="73"/>
        <source>Choose the group to ask.</source>
        <translation>Vælg den gruppe, der skal spørges.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="426"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="74"/>
        <source>A group asks another group, not itself.</source>
        <translation>En gruppe kan ikke spørge sig selv. Vælg en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="427"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="75"/>
        <source>Write the question.</source>
        <translation>Skriv spørgsmålet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="428"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="76"/>
        <source>That group is not at this meeting.</source>
        <translation>Gruppen er ikke med på dette møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="429"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="77"/>
        <source>Write the answer.</source>
        <translation>Skriv svaret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="430"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="78"/>
        <source>The question was put to a group that is not at this meeting.</source>
        <translation>Spørgsmålet blev stillet til en gruppe, der ikke er med på dette møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="433"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="79"/>
        <source>The question no longer exists.</source>
        <translation>Spørgsmålet findes ikke længere.</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="327"/>
        <source>Shared by other groups</source>
        <translation>Delt af andre grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="338"/>
        <source>The group&apos;s answer to the chosen question</source>
        <translation>Gruppens svar på det valgte spørgsmål</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="341"/>
        <source>Save answer</source>
        <translation>Gem svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="356"/>
        <source>No answers yet to this group&apos;s questions.</source>
        <translation>Der er endnu ingen svar på vores spørgsmål.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="359"/>
        <source>Answers to our questions</source>
        <translation>Svar på vores spørgsmål</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="366"/>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="369"/>
        <source>The question, then Enter</source>
        <translation>Spørgsmålet, tryk Enter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="370"/>
        <source>Ask</source>
        <translation>Spørg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="372"/>
        <source>Ask another group</source>
        <translation>Spørg en anden gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="376"/>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="436"/>
        <source>Questions to %1</source>
        <translation>Spørgsmål til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="437"/>
        <source>No open questions to %1.</source>
        <translation>Der er ingen åbne spørgsmål til %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="460"/>
        <source>From %1 (%2): %3</source>
        <translation>Fra %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="469"/>
        <source>✓ From %1 (%2): %3
Answered: %4</source>
        <translation>✓ Fra %1 (%2): %3
Svar: %4</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="492"/>
        <source>To %1: %2
Answer (%3): %4</source>
        <translation>Til %1: %2
Svar (%3): %4</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="501"/>
        <source>To %1 (%2): %3 (no answer yet)</source>
        <translation>Til %1 (%2): %3 (intet svar endnu)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="558"/>
        <source>The answer is saved; the asking group sees it at its next meeting.</source>
        <translation>Svaret er gemt; den gruppe, der spurgte, ser det på sit næste møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sharing/page.py" line="573"/>
        <source>Asked %1; the question shows at their next meeting.</source>
        <translation>%1 er spurgt; spørgsmålet vises på gruppens næste møde.</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../tankapp/ui/status/page.py" line="59"/>
        <source>No think tank is set up in this database yet.</source>
        <translation>Der er endnu ikke oprettet en tænketank i denne database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/page.py" line="64"/>
        <source>Project period: %1 to %2</source>
        <translation>Projektperiode: %1 til %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/page.py" line="67"/>
        <source>Meetings held: %1 of %2 (%3 planned)</source>
        <translation>Afholdte møder: %1 af %2 (planlagt: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/page.py" line="71"/>
        <source>Active members: %1 in %2 groups (%3 withdrawn)</source>
        <translation>Aktive medlemmer: %1 i %2 grupper (udtrådt: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/page.py" line="79"/>
        <source>Groups outside their target size:</source>
        <translation>Grupper uden for den ønskede størrelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/page.py" line="83"/>
        <source>%1: %2 members (target %3-%4)</source>
        <translation>%1: %2 (ønsket %3-%4 medlemmer)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/page.py" line="90"/>
        <source>Every group is within its target size.</source>
        <translation>Alle grupper har den ønskede størrelse.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="860"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
