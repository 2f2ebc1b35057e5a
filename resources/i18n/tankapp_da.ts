<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="54"/>
        <source>Action</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="56"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="58"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="72"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="76"/>
        <source>No action items at this meeting, and no open dissemination actions from earlier meetings of its groups. Action items are written down in meeting mode.</source>
        <translation>Ingen opgaver fra dette møde og ingen åbne spredningsopgaver fra gruppernes tidligere møder. Opgaver skrives ned i mødetilstand.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="86"/>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="156"/>
        <source>Mark done</source>
        <translation>Markér som udført</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="87"/>
        <source>Mark the selected action item done (or open again)</source>
        <translation>Markér den valgte opgave som udført (eller åbn den igen)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="136"/>
        <source>%1 action items, %2 overdue (open past the due date).</source>
        <translation>%1 opgaver, %2 overskredet (stadig åbne efter fristen).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="139"/>
        <source>%1 action items, none overdue.</source>
        <translation>%1 opgaver, ingen overskredet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="156"/>
        <source>Open again</source>
        <translation>Åbn igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="171"/>
        <source>Done: %1</source>
        <translation>Udført: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/actions_view.py" line="171"/>
        <source>Open again: %1</source>
        <translation>Åbnet igen: %1</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="210"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="211"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="212"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="213"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="214"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="215"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="216"/>
        <source>Knowledge presented</source>
        <translation>Præsenteret viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="232"/>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="233"/>
        <source>Add an item below the selected one (Insert)</source>
        <translation>Tilføj et punkt under det valgte (Insert)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="234"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="235"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="238"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Flyt op (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="241"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Flyt ned (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="242"/>
        <source>From template…</source>
        <translation>Fra skabelon…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="243"/>
        <source>Save as template…</source>
        <translation>Gem som skabelon…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="244"/>
        <source>Status report (PDF)…</source>
        <translation>Statusrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="246"/>
        <source>The status report for the steering committee: the success criteria today, with charts; no member named</source>
        <translation>Statusrapporten til styregruppen: succeskriterierne i dag, med diagrammer; ingen medlemmer nævnt ved navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="261"/>
        <source>Choose a meeting to see and build its agenda.</source>
        <translation>Vælg et møde for at se og sammensætte dets dagsorden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="356"/>
        <source>No items yet. Add one, or start from a template.</source>
        <translation>Der er ingen punkter endnu. Tilføj et punkt, eller start fra en skabelon.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="359"/>
        <source>Items: %1. Duration: %2 min. Ends %3 (the meeting ends %4).</source>
        <translation>Punkter: %1. Varighed: %2 min. Slutter kl. %3 (mødet slutter kl. %4).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="363"/>
        <source>The agenda runs %1 minutes past the meeting&apos;s end.</source>
        <translation>Dagsordenen varer %1 min. længere end mødet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="415"/>
        <source>add agenda item %1</source>
        <translation>tilføjelse af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="436"/>
        <source>edit agenda item %1</source>
        <translation>ændring af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="442"/>
        <source>remove agenda item %1</source>
        <translation>fjernelse af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="443"/>
        <source>Removed %1 (Ctrl+Z brings it back)</source>
        <translation>%1 er fjernet (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="457"/>
        <source>move agenda item %1</source>
        <translation>flytning af punktet %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="466"/>
        <source>Agenda from template</source>
        <translation>Dagsorden fra skabelon</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="467"/>
        <source>Add the items of this template:</source>
        <translation>Tilføj punkterne fra denne skabelon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="472"/>
        <source>add template %1</source>
        <translation>tilføjelse af skabelonen %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="477"/>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="484"/>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="477"/>
        <source>Name of the template:</source>
        <translation>Skabelonens navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/agenda_editor.py" line="486"/>
        <source>Saved the agenda as the template %1</source>
        <translation>Dagsordenen er gemt som skabelonen %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../tankapp/ui/app.py" line="231"/>
        <source>The change could not be saved:</source>
        <translation>Ændringen kunne ikke gemmes:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="233"/>
        <source>Something went wrong, and the last action may not have been carried out. Everything saved before is kept. If it happens again, please report it (details are in the log file).</source>
        <translation>Noget gik galt, og den sidste handling er måske ikke udført. Alt, hvad der var gemt før, er bevaret. Sker det igen, så meld det gerne (detaljerne står i logfilen).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="277"/>
        <source>tankapp cannot write in the folder of %1 (it is read-only, or you may not write there).</source>
        <translation>tankapp kan ikke skrive i mappen med %1 (den er skrivebeskyttet, eller du må ikke skrive der).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="284"/>
        <source>tankapp is already open with this database. Use the window that is open.</source>
        <translation>tankapp er allerede åben med denne database. Brug det vindue, der er åbent.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="313"/>
        <source>The database used last, %1, was not found; this is the default one.</source>
        <translation>Databasen, der blev brugt sidst, %1, blev ikke fundet; dette er standarddatabasen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/app.py" line="160"/>
        <location filename="../../tankapp/ui/app.py" line="275"/>
        <location filename="../../tankapp/ui/app.py" line="379"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="492"/>
        <source>The database could not be opened:</source>
        <extracomment>The main window ran and closed (the program may end at once: see :func:`leave`). The settings key holding a PostgreSQL URL to open at start (written when one was opened).</extracomment>
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
        <location filename="../../tankapp/ui/backups/actions.py" line="143"/>
        <source>Backups: on the server</source>
        <translation>Sikkerhedskopier: på serveren</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="145"/>
        <source>This database is on a database server; the server makes its backups, not tankapp.</source>
        <translation>Denne database ligger på en databaseserver; det er serveren, ikke tankapp, der tager sikkerhedskopier af den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="149"/>
        <source>Last backup: none yet</source>
        <translation>Sidste sikkerhedskopi: ingen endnu</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="150"/>
        <source>No backup of this database has been made yet. Backups are kept in %1.</source>
        <translation>Der er endnu ikke taget en sikkerhedskopi af denne database. Sikkerhedskopier gemmes i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="156"/>
        <source>Last backup: %1</source>
        <translation>Sidste sikkerhedskopi: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="157"/>
        <source>Backups are made when tankapp starts, every hour and when it closes, and kept in %1.</source>
        <translation>Der tages sikkerhedskopi, når tankapp starter, hver time og når den lukkes, og de gemmes i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="202"/>
        <source>The automatic backup failed: %1 Everything is still saved in the database.</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: %1 Alt er stadig gemt i databasen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="237"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="248"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="253"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="262"/>
        <source>Back up to a file</source>
        <translation>Sikkerhedskopiér til en fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="239"/>
        <source>tankapp database (*.sqlite);;All files (*)</source>
        <translation>tankapp-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="254"/>
        <source>No backup was made: %1 The database is untouched.</source>
        <translation>Der blev ikke taget nogen sikkerhedskopi: %1 Databasen er urørt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="259"/>
        <source>Backed up to %1</source>
        <translation>Sikkerhedskopieret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="263"/>
        <source>The backup is saved as %1 (%2). It was checked: it opens, and SQLite found no damage in it.</source>
        <translation>Sikkerhedskopien er gemt som %1 (%2). Den er kontrolleret: den kan åbnes, og SQLite fandt ingen skader i den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="393"/>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="399"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="527"/>
        <source>Nothing was restored: %1</source>
        <translation>Intet blev gendannet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="408"/>
        <source>The database is back as it was when the backup was made (%1).</source>
        <translation>Databasen er tilbage, som den var, da sikkerhedskopien blev taget (%1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="412"/>
        <source>The database as it was just before is kept aside. To go back to it, choose File &gt; Restore from a backup… and pick the entry marked “before restore” (%1).</source>
        <translation>Databasen, som den var lige før, er gemt til side. For at gå tilbage til den skal du vælge Filer &gt; Gendan fra en sikkerhedskopi… og vælge linjen mærket “før gendannelse” (%1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="417"/>
        <source>Restored the backup from %1</source>
        <translation>Sikkerhedskopien fra %1 er gendannet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="427"/>
        <source>Check the database</source>
        <translation>Kontrollér databasen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="438"/>
        <source>The database is in order: SQLite checked every page and every reference and found no problems.</source>
        <translation>Databasen er i orden: SQLite kontrollerede hver side og hver henvisning og fandt ingen problemer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="444"/>
        <source>The check found problems in the database:</source>
        <translation>Kontrollen fandt problemer i databasen:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="450"/>
        <source>Restore the latest backup from %1…</source>
        <translation>Gendan den seneste sikkerhedskopi fra %1…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="455"/>
        <source>There is no good backup of it in the backups folder.</source>
        <translation>Der er ingen brugbar sikkerhedskopi af den i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="479"/>
        <source>The database %1 is damaged, so tankapp cannot open it.</source>
        <translation>Databasen %1 er beskadiget, så tankapp kan ikke åbne den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="480"/>
        <source>%1 is not a tankapp database (or not one tankapp can read), so tankapp cannot open it.</source>
        <translation>%1 er ikke en tankapp-database (eller ikke en, tankapp kan læse), så tankapp kan ikke åbne den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="483"/>
        <source>The database %1 was made by a newer version of tankapp. Update tankapp to open it.</source>
        <translation>Databasen %1 er lavet af en nyere version af tankapp. Opdatér tankapp for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="497"/>
        <source>The file was left exactly as it is.</source>
        <translation>Filen er ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="503"/>
        <source>No good backup of it was found in the backups folder (%1).</source>
        <translation>Der blev ikke fundet nogen brugbar sikkerhedskopi af den i mappen med sikkerhedskopier (%1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="509"/>
        <source>A good backup from %1 exists. Restoring it brings the database back as it was then; changes made after that are not in it. The file as it is now is kept aside in the backups folder.</source>
        <translation>Der findes en brugbar sikkerhedskopi fra %1. Gendanner du den, bliver databasen, som den var dengang; ændringer lavet siden er ikke med. Filen, som den er nu, gemmes til side i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="516"/>
        <source>Restore the latest backup from %1</source>
        <translation>Gendan den seneste sikkerhedskopi fra %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="535"/>
        <source>The backup from %1 is restored. The file that could not be opened is kept aside as %2.</source>
        <translation>Sikkerhedskopien fra %1 er gendannet. Filen, der ikke kunne åbnes, er gemt til side som %2.</translation>
    </message>
</context>
<context>
    <name>CapturedList</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/captured.py" line="60"/>
        <source>Knowledge contributions (%1)</source>
        <translation>Vidensbidrag (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/captured.py" line="61"/>
        <source>Decisions (%1)</source>
        <translation>Beslutninger (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/captured.py" line="62"/>
        <source>Action items (%1)</source>
        <translation>Opgaver (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/captured.py" line="85"/>
        <source>spreading</source>
        <translation>spredning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/captured.py" line="93"/>
        <source>under “%1”</source>
        <translation>under »%1«</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <location filename="../../tankapp/ui/members/commitment.py" line="41"/>
        <source>Steering committee meetings invited to: %1. The steering committee has no meeting commitment.</source>
        <translation>Inviteret til styregruppemøder: %1. Styregruppen har ingen aftale om antal møder.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/commitment.py" line="45"/>
        <source>Meetings invited to: %1. The commitment is %2-%3 meetings.</source>
        <translation>Inviteret til møder: %1. Aftalen er %2-%3 møder.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/commitment.py" line="49"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/commitment.py" line="61"/>
        <source>Attended</source>
        <translation>Deltaget</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="115"/>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="327"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="119"/>
        <source>A conflict is a value changed both at the office and on a laptop (or on two laptops) since the package was sent. Nothing is lost: every value is kept with where it came from. Choose the one that applies; until you do, the one marked “Kept for now” applies.</source>
        <translation>En konflikt er en værdi, der er ændret både på kontoret og på en bærbar (eller på to bærbare), siden pakken blev sendt. Intet går tabt: hver værdi gemmes sammen med, hvor den kom fra. Vælg den, der skal gælde; indtil du gør det, gælder den, der er mærket “Beholdes indtil videre”.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="128"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="128"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="128"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="128"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="136"/>
        <source>Show settled conflicts too</source>
        <translation>Vis også afgjorte konflikter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="166"/>
        <source>Keep both texts</source>
        <translation>Behold begge tekster</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="167"/>
        <source>The office&apos;s text first, then the laptop&apos;s, with a blank line between</source>
        <translation>Kontorets tekst først, derefter den bærbares, med en tom linje imellem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="192"/>
        <source>No conflicts wait for you. When the same value was changed both here and on a laptop, it is shown here for you to choose.</source>
        <translation>Ingen konflikter venter på dig. Når den samme værdi er ændret både her og på en bærbar, vises den her, så du kan vælge.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="288"/>
        <source>a laptop</source>
        <translation>en bærbar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="291"/>
        <source>Settled: the value chosen applies. The others are kept here, with where they came from.</source>
        <translation>Afgjort: den valgte værdi gælder. De andre gemmes her sammen med, hvor de kom fra.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="293"/>
        <source>This record was deleted on one side and changed or kept on the other (%1). Choose whether it stays or goes.</source>
        <translation>Denne post er slettet på den ene side og ændret eller beholdt på den anden (%1). Vælg, om den skal blive eller slettes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="296"/>
        <source>This text was changed both at the office and on %1. Take one of them, or keep both texts, one after the other.</source>
        <translation>Denne tekst er ændret både på kontoret og på %1. Vælg den ene, eller behold begge tekster efter hinanden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="298"/>
        <source>This text was changed differently on %1. Take one of them, or keep both texts, one after the other.</source>
        <translation>Denne tekst er ændret forskelligt på %1. Vælg den ene, eller behold begge tekster efter hinanden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="301"/>
        <source>This value was changed both at the office and on %1. Take the one that applies.</source>
        <translation>Denne værdi er ændret både på kontoret og på %1. Vælg den, der skal gælde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="303"/>
        <source>This value was changed differently on %1. Take the one that applies.</source>
        <translation>Denne værdi er ændret forskelligt på %1. Vælg den, der skal gælde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="316"/>
        <source>Chosen: %1</source>
        <translation>Valgt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="333"/>
        <source>Resolved: %1 of %2 is now “%3”.</source>
        <translation>Afgjort: %1 for %2 er nu “%3”.</translation>
    </message>
</context>
<context>
    <name>Contributions</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="77"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="149"/>
        <source>Promoter</source>
        <translation>Fremmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="78"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="150"/>
        <source>Barrier</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="79"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="151"/>
        <source>Successful example</source>
        <translation>Vellykket eksempel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="80"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="152"/>
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
        <location filename="../../tankapp/domain/vocabulary.py" line="157"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="164"/>
        <source>Not specified</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="120"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="161"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="121"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="162"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="122"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="163"/>
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
        <location filename="../../tankapp/domain/vocabulary.py" line="168"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="135"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="169"/>
        <source>Reviewed</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="142"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="170"/>
        <source>Sent to ViBIS</source>
        <translation>Sendt til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="486"/>
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
        <location filename="../../tankapp/ui/common/texts.py" line="487"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="153"/>
        <source>The contribution no longer exists.</source>
        <translation>Vidensbidraget findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="488"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="154"/>
        <source>Choose two different contributions to merge.</source>
        <translation>Vælg to forskellige vidensbidrag, der skal flettes sammen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="489"/>
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
        <location filename="../../tankapp/ui/contributions/page.py" line="460"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="241"/>
        <source>&amp;Involvement:</source>
        <translation>&amp;Inddragelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="464"/>
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
        <location filename="../../tankapp/ui/contributions/dialog.py" line="113"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="739"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="805"/>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="381"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="111"/>
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
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="451"/>
        <source>The steering committee gives no knowledge contributions; they come from the expert groups.</source>
        <translation>Styregruppen giver ingen vidensbidrag; de kommer fra ekspertgrupperne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="532"/>
        <source>New contribution: %1</source>
        <translation>Nyt vidensbidrag: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="576"/>
        <source>Saved: %1 “%2”</source>
        <translation>Gemt: %1 »%2«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="588"/>
        <source>Contribution not saved</source>
        <translation>Vidensbidraget blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="615"/>
        <source>Capture a contribution: %1 (%2)</source>
        <translation>Notér et vidensbidrag: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/capture.py" line="655"/>
        <source>Contribution:</source>
        <translation>Vidensbidrag:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="100"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="101"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="103"/>
        <source>Involvement</source>
        <translation>Inddragelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="109"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="114"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="119"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="73"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="683"/>
        <source>Edit contribution</source>
        <translation>Redigér vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="73"/>
        <source>New contribution</source>
        <translation>Nyt vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="93"/>
        <source>Sent on:</source>
        <translation>Sendt den:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="104"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="105"/>
        <source>M&amp;eeting:</source>
        <translation>Mø&amp;de:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="106"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/dialog.py" line="147"/>
        <source>(no meeting)</source>
        <translation>(intet møde)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="222"/>
        <source>%1 × %2: %3 contributions (%4). Click to list them.</source>
        <translation>%1 × %2: %3 vidensbidrag (%4). Klik for at vise dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="258"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="259"/>
        <source>Framework matrix</source>
        <translation>Rammematrix</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="277"/>
        <source>Filter by title, text, group, meeting… (Ctrl+F)</source>
        <translation>Søg på titel, tekst, gruppe, møde… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="299"/>
        <source>Not yet classified only</source>
        <translation>Kun ikke klassificerede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="305"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="309"/>
        <source>All kinds of involvement</source>
        <translation>Alle inddragelsestyper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="313"/>
        <source>All criteria</source>
        <translation>Alle kriterier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="317"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="332"/>
        <source>New contribution…</source>
        <translation>Nyt vidensbidrag…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="333"/>
        <source>Add a contribution (Ctrl+N)</source>
        <translation>Tilføj et vidensbidrag (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="334"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="335"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="701"/>
        <source>Mark reviewed</source>
        <translation>Markér som gennemgået</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="336"/>
        <source>Merge…</source>
        <translation>Flet sammen…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="338"/>
        <source>Select two contributions that say the same thing (Ctrl+click) and merge them into one</source>
        <translation>Vælg to vidensbidrag, der siger det samme (Ctrl+klik), og flet dem sammen til ét</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="340"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="341"/>
        <source>Export to ViBIS…</source>
        <translation>Eksportér til ViBIS…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="343"/>
        <source>The reviewed contributions of the group shown (or all) as PDF, CSV or JSON for ViBIS; drafts stay here</source>
        <translation>De gennemsete vidensbidrag fra den viste gruppe (eller alle) som PDF, CSV eller JSON til ViBIS; kladder bliver her</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="279"/>
        <source>No contribution matches the filter.</source>
        <translation>Intet vidensbidrag passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="280"/>
        <source>No knowledge contributions yet. The register keeps what the groups give back to ViBIS: promoters, barriers, successful examples and knowledge gaps, sorted by the framework. Capture them in meeting mode (%1), or add the first here.</source>
        <translation>Der er ingen vidensbidrag endnu. Registret samler det, grupperne giver tilbage til ViBIS: fremmere, barrierer, vellykkede eksempler og videnshuller, sorteret efter inddragelsestype og kriterier. Notér dem i mødetilstand (%1), eller tilføj det første her.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="286"/>
        <source>Add the first contribution</source>
        <translation>Tilføj det første vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="377"/>
        <source>Split by kind</source>
        <translation>Opdel efter type</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="379"/>
        <source>P promoter · B barrier · E successful example · G knowledge gap or need</source>
        <translation>F fremmer · B barriere · E vellykket eksempel · V videnshul eller behov</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="385"/>
        <source>Contributions without a kind of involvement or without a criterion. List them to sort them.</source>
        <translation>Vidensbidrag uden inddragelsestype eller uden kriterium. Vis dem for at klassificere dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="388"/>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="415"/>
        <source>A contribution that shows several criteria counts in each of their cells. Choose a cell to list its contributions.</source>
        <translation>Et vidensbidrag, der viser flere kriterier, tæller med i hver af de tilhørende celler. Vælg en celle for at se dens vidensbidrag.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="449"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="965"/>
        <source>Classify</source>
        <translation>Klassificér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="457"/>
        <source>Save classification</source>
        <translation>Gem klassificering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="575"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="778"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="587"/>
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="622"/>
        <source>%1 of %2 shown</source>
        <translation>%1 af %2 vist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="624"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="878"/>
        <source>%1 contributions</source>
        <translation>%1 vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="671"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="692"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="705"/>
        <source>Reviewed: %1</source>
        <translation>Gennemgået: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="707"/>
        <source>%1 contributions marked reviewed</source>
        <translation>%1 vidensbidrag er markeret som gennemgået</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="717"/>
        <source>Select exactly two contributions to merge (hold Ctrl and click the second).</source>
        <translation>Vælg præcis to vidensbidrag, der skal flettes sammen (hold Ctrl nede, og klik på det andet).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="723"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="750"/>
        <source>Merge contributions</source>
        <translation>Flet vidensbidrag sammen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="724"/>
        <source>Merge these two contributions into one?

Keep: “%1”
Merge into it: “%2”</source>
        <translation>Vil du flette disse to vidensbidrag sammen til ét?

Behold: »%1«
Flet ind i det: »%2«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="731"/>
        <source>The kept contribution gets the other&apos;s text and criteria added. The other leaves the register but is kept as history.</source>
        <translation>Det bevarede vidensbidrag får det andets tekst og kriterier tilføjet. Det andet forsvinder fra registret, men gemmes som historik.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="737"/>
        <source>Merge</source>
        <translation>Flet sammen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="738"/>
        <source>Keep the second instead</source>
        <translation>Behold det andet i stedet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="754"/>
        <source>Merged into “%1”</source>
        <translation>Flettet ind i »%1«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="766"/>
        <source>Export to ViBIS</source>
        <translation>Eksportér til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="780"/>
        <source>The group shown: %1</source>
        <translation>Den viste gruppe: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="782"/>
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
        <location filename="../../tankapp/ui/contributions/page.py" line="793"/>
        <source>Then choose the file: PDF, CSV or JSON by its ending. The exported contributions are marked sent.</source>
        <translation>Vælg derefter filen: PDF, CSV eller JSON efter filendelsen. De eksporterede vidensbidrag markeres som sendt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="797"/>
        <source>Export all %1…</source>
        <translation>Eksportér alle %1…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="801"/>
        <source>Only the %1 not sent before…</source>
        <translation>Kun de %1, der ikke er sendt før…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="818"/>
        <source>PDF report (*.pdf);;CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>PDF-rapport (*.pdf);;CSV til Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="830"/>
        <source>Exported %1 contributions to %2; they are marked sent</source>
        <translation>Eksporterede %1 vidensbidrag til %2; de er markeret som sendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="846"/>
        <source>Delete the contribution “%1”?</source>
        <translation>Vil du slette vidensbidraget »%1«?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="848"/>
        <source>Delete these %1 contributions?</source>
        <translation>Vil du slette disse %1 vidensbidrag?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="850"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="858"/>
        <source>Delete contribution</source>
        <translation>Slet vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="862"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="864"/>
        <source>%1 contributions deleted</source>
        <translation>%1 vidensbidrag er slettet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="880"/>
        <location filename="../../tankapp/ui/contributions/page.py" line="917"/>
        <source>Not yet classified: %1</source>
        <translation>Ikke klassificeret endnu: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="913"/>
        <source>Choose a cell, or the contributions not yet classified.</source>
        <translation>Vælg en celle eller de vidensbidrag, der ikke er klassificeret endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="923"/>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="946"/>
        <source>Choose a contribution in the list to classify it.</source>
        <translation>Vælg et vidensbidrag på listen for at klassificere det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="970"/>
        <source>Saved; “%1” is not fully classified yet</source>
        <translation>Gemt; »%1« er endnu ikke fuldt klassificeret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/contributions/page.py" line="973"/>
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
    <name>DateField</name>
    <message>
        <location filename="../../tankapp/ui/common/dates.py" line="128"/>
        <source>dd.mm.yyyy</source>
        <extracomment>The earliest and latest dates any field takes unless told otherwise: a year typed as &quot;0227&quot; or &quot;2207&quot; is a slip of the finger, not a date in a think tank&apos;s life. QDateEdit&apos;s signal, for code written against it: the new date (an invalid QDate for none).</extracomment>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/dates.py" line="130"/>
        <source>Type the date, e.g. 3.2.2027, 3/2-27 or 2027-02-03. Up and Down move a day; Alt+Down opens the calendar.</source>
        <translation>Skriv datoen, fx 3.2.2027, 3/2-27 eller 2027-02-03. Pil op og ned flytter en dag; Alt+Ned åbner kalenderen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/dates.py" line="138"/>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Vælg i en kalender (Alt+Ned)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/dates.py" line="139"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/dates.py" line="208"/>
        <source>Type a date, e.g. 3.2.2027.</source>
        <translation>Skriv en dato, fx 3.2.2027.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/dates.py" line="212"/>
        <source>“%1” is not a date. Type it like 3.2.2027.</source>
        <translation>“%1” er ikke en dato. Skriv den fx som 3.2.2027.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/dates.py" line="214"/>
        <source>%1 cannot be chosen here: the date must be from %2 to %3.</source>
        <translation>%1 kan ikke vælges her: datoen skal ligge fra %2 til %3.</translation>
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
    <name>EndMeetingDialog</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="53"/>
        <source>End the meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="55"/>
        <source>End “%1”</source>
        <translation>Afslut »%1«</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="65"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="65"/>
        <source>Registered as</source>
        <translation>Registreret som</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="69"/>
        <source>Selected: excused</source>
        <translation>Markerede: afbud</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="70"/>
        <source>Selected: absent</source>
        <translation>Markerede: fraværende</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="71"/>
        <source>All excused</source>
        <translation>Alle afbud</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="72"/>
        <source>All absent</source>
        <translation>Alle fraværende</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="73"/>
        <source>Still only invited (%1)</source>
        <translation>Stadig kun inviteret (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="75"/>
        <source>Nothing is registered for these members. Were they absent, or did they send apologies? Everyone is absent unless you say otherwise.</source>
        <translation>Der er ikke registreret noget for disse medlemmer. Var de fraværende, eller havde de meldt afbud? Alle registreres som fraværende, medmindre du vælger andet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="96"/>
        <source>The date</source>
        <translation>Datoen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="99"/>
        <source>The meeting was planned for %1, and it is ended today, %2. Which date is right?</source>
        <translation>Mødet var planlagt til %1, og det afsluttes i dag, %2. Hvilken dato er den rigtige?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="103"/>
        <source>Keep the planned date, %1</source>
        <translation>Behold den planlagte dato, %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="105"/>
        <source>Move the meeting to today, %1</source>
        <translation>Flyt mødet til i dag, %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="116"/>
        <source>The timer stops and the meeting is marked as held. %1 undoes it.</source>
        <translation>Uret stopper, og mødet markeres som afholdt. %1 fortryder det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="120"/>
        <source>Then save the minutes as PDF</source>
        <translation>Gem derefter referatet som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="127"/>
        <source>End meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/ending.py" line="129"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="175"/>
        <source>Agreement (1-5)</source>
        <translation>Enighed (1-5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="176"/>
        <source>Own knowledge (1-5)</source>
        <translation>Egen viden (1-5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="177"/>
        <source>Free text</source>
        <translation>Fritekst</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="181"/>
        <source>Baseline</source>
        <translation>Førmåling</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="182"/>
        <source>Midway</source>
        <translation>Midtvejsevaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="183"/>
        <source>End evaluation</source>
        <translation>Slutevaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="132"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="993"/>
        <source>Kiosk screen</source>
        <translation>Kioskskærm</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="134"/>
        <source>The kiosk fills the screen with the form of %1. Each member finds their name among the %2 who have not answered yet (or you choose it before handing the laptop over), answers and sends; then the form is empty again for the next one. No one sees anyone else&apos;s answers, and tankapp&apos;s other screens are hidden meanwhile.</source>
        <translation>Kioskskærmen fylder skærmen med skemaet til %1. Hvert medlem finder sit navn blandt de %2, der ikke har svaret endnu (eller du vælger det, før du giver computeren videre), svarer og sender; derefter er skemaet tomt igen til den næste. Ingen ser andres svar, og tankapps andre skærme er skjult imens.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="141"/>
        <source>To leave the kiosk press %1 and confirm. Escape and closing the window do nothing.</source>
        <translation>Tryk %1, og bekræft for at forlade kioskskærmen. Escape og at lukke vinduet gør ingenting.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="150"/>
        <source>optional</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="152"/>
        <source>Code to &amp;leave:</source>
        <translation>Kode for at &amp;forlade:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="154"/>
        <source>With a code, leaving the kiosk also asks for it.</source>
        <translation>Med en kode skal koden også gives for at forlade kioskskærmen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="158"/>
        <source>Start the kiosk</source>
        <translation>Start kioskskærmen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="200"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="203"/>
        <source>Blank &amp;forms (PDF)…</source>
        <translation>&amp;Blanke skemaer (PDF) …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="204"/>
        <source>One form per asked member, with their name, to print and hand out</source>
        <translation>Ét skema pr. medlem, der er spurgt, med navn, til at udskrive og dele ud</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="205"/>
        <source>&amp;Kiosk screen…</source>
        <translation>&amp;Kioskskærm …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="206"/>
        <source>The members fill in the form on this laptop, one after the other</source>
        <translation>Medlemmerne udfylder skemaet på denne computer, den ene efter den anden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="207"/>
        <source>E&amp;xport answers…</source>
        <translation>Eksportér s&amp;var …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="208"/>
        <source>All rounds&apos; answers for analysis, pseudonymised: Excel (.xlsx) or CSV</source>
        <translation>Alle runders svar til analyse, pseudonymiseret: Excel (.xlsx) eller CSV</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="218"/>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="219"/>
        <source>Answers and interviews</source>
        <translation>Svar og interview</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="222"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="270"/>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="223"/>
        <source>Learning points</source>
        <translation>Læringspunkter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="244"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="245"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="246"/>
        <source>Opens</source>
        <translation>Åbner</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="248"/>
        <source>Closes</source>
        <translation>Lukker</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="250"/>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="77"/>
        <source>Groups asked</source>
        <translation>Grupper, der spørges</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="251"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="130"/>
        <source>Asked</source>
        <translation>Spurgt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="252"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="314"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="130"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="187"/>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="253"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="315"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="824"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="130"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="188"/>
        <source>Declined</source>
        <translation>Ønsker ikke at svare</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="254"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="314"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="191"/>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="256"/>
        <source>No evaluation rounds yet. A round asks the members of the groups you choose the self-evaluation&apos;s questions: a baseline at or before their first meeting, an end evaluation, and a midway round if you like. Make the baseline first.</source>
        <translation>Ingen evalueringsrunder endnu. En runde stiller selvevalueringens spørgsmål til medlemmerne af de grupper, du vælger: en førmåling ved eller før deres første møde, en slutevaluering og en midtvejsevaluering, hvis I vil. Opret førmålingen først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="260"/>
        <source>Make the first round</source>
        <translation>Opret den første runde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="270"/>
        <source>&amp;New round…</source>
        <translation>&amp;Ny runde …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="271"/>
        <source>A new evaluation round (Ctrl+N)</source>
        <translation>En ny evalueringsrunde (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="272"/>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="273"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="291"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="292"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="130"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="156"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="210"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="293"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="294"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="298"/>
        <source>Find a member… (Ctrl+F, Enter opens the form)</source>
        <translation>Find et medlem … (Ctrl+F, Enter åbner skemaet)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="299"/>
        <source>No asked member matches the filter.</source>
        <translation>Intet spurgt medlem passer til filteret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="300"/>
        <source>This round asks no one yet: its groups have no members.</source>
        <translation>Runden spørger ingen endnu: dens grupper har ingen medlemmer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="313"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="314"/>
        <source>Everyone asked</source>
        <translation>Alle spurgte</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="349"/>
        <source>Filled in on</source>
        <translation>Udfyldt den</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="350"/>
        <source>Filled in &amp;on:</source>
        <translation>Udfyldt &amp;den:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="362"/>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Gem (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="363"/>
        <source>Save the answers: Ctrl+Enter anywhere in the form, or Enter on the last question</source>
        <translation>Gem svarene: Ctrl+Enter hvor som helst i skemaet, eller Enter i det sidste spørgsmål</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="365"/>
        <source>De&amp;clined</source>
        <translation>Ønsker &amp;ikke at svare</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="366"/>
        <source>The member does not want to answer (any answers are dropped)</source>
        <translation>Medlemmet ønsker ikke at svare (eventuelle svar slettes)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="367"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="840"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="368"/>
        <source>Remove the response: the member has not answered again</source>
        <translation>Fjern besvarelsen: medlemmet står som ikke besvaret igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="374"/>
        <source>Keys: 1-5 answer and go on, 0 clears, Enter goes on, Shift+Enter a new line in a text; Ctrl+Enter saves.</source>
        <translation>Taster: 1-5 svarer og går videre, 0 rydder, Enter går videre, Shift+Enter giver ny linje i en tekst; Ctrl+Enter gemmer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="499"/>
        <source>Answered %1 · declined %2 · not answered %3 (of %4 asked)</source>
        <translation>Besvaret %1 · ønsker ikke at svare %2 · ikke besvaret %3 (af %4 spurgte)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="561"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="580"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="603"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="581"/>
        <source>new round %1</source>
        <translation>ny runde %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="582"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="605"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="811"/>
        <source>Saved: %1 (Ctrl+Z undoes)</source>
        <translation>Gemt: %1 (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="592"/>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="65"/>
        <source>Edit evaluation round</source>
        <translation>Rediger evalueringsrunde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="596"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="604"/>
        <source>edit round %1</source>
        <translation>ret runden %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="613"/>
        <source>Delete evaluation round</source>
        <translation>Slet evalueringsrunde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="616"/>
        <source>Delete the round “%1” and the %2 responses in it? The answers are deleted with it; this cannot be undone.</source>
        <translation>Slet runden “%1” og de %2 besvarelser i den? Svarene slettes sammen med runden; det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="620"/>
        <source>Delete round and answers</source>
        <translation>Slet runde og svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="632"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="643"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="634"/>
        <source>Delete the round “%1”? Nobody has answered it yet. Ctrl+Z brings it back.</source>
        <translation>Slet runden “%1”? Ingen har svaret på den endnu. Ctrl+Z henter den tilbage.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="644"/>
        <source>delete round %1</source>
        <translation>slet runden %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="730"/>
        <source>Choose a member in the list (or type a name and press Enter).</source>
        <translation>Vælg et medlem på listen (eller skriv et navn, og tryk Enter).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="748"/>
        <source>Declined on %1</source>
        <translation>Ønsker ikke at svare (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="752"/>
        <source>Answered on %1 (%2)</source>
        <translation>Besvaret den %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="799"/>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="809"/>
        <source>No change for %1</source>
        <translation>Ingen ændring for %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="810"/>
        <source>answers of %1</source>
        <translation>svar fra %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="825"/>
        <source>%1 has answers in this round. Mark them as declined and drop the answers? Ctrl+Z brings them back.</source>
        <translation>%1 har svar i denne runde. Markér som ønsker ikke at svare, og slet svarene? Ctrl+Z henter dem tilbage.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="830"/>
        <source>%1 declined</source>
        <translation>%1 ønsker ikke at svare</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="831"/>
        <source>%1: declined (Ctrl+Z undoes)</source>
        <translation>%1: ønsker ikke at svare (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="841"/>
        <source>Remove the answers of %1 from this round? Ctrl+Z brings them back.</source>
        <translation>Fjern svarene fra %1 i denne runde? Ctrl+Z henter dem tilbage.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="844"/>
        <source>clear the response of %1</source>
        <translation>ryd besvarelsen fra %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="845"/>
        <source>%1: not answered (Ctrl+Z undoes)</source>
        <translation>%1: ikke besvaret (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="858"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="872"/>
        <source>Note saved (Ctrl+Z undoes)</source>
        <translation>Noten er gemt (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="859"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="873"/>
        <source>interview note about %1</source>
        <translation>interviewnote om %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="876"/>
        <source>Delete interview note</source>
        <translation>Slet interviewnote</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="877"/>
        <source>Delete the interview note of %1? Ctrl+Z brings it back.</source>
        <translation>Slet interviewnoten fra %1? Ctrl+Z henter den tilbage.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="881"/>
        <source>Note deleted (Ctrl+Z undoes)</source>
        <translation>Noten er slettet (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="882"/>
        <source>delete interview note</source>
        <translation>slet interviewnote</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="897"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="897"/>
        <source>Saved as %1.

Open it now?</source>
        <translation>Gemt som %1.

Vil du åbne den nu?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="914"/>
        <source>Blank forms</source>
        <translation>Blanke skemaer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="918"/>
        <source>Forms for whom? %1 of the %2 asked have not answered yet.</source>
        <translation>Skemaer til hvem? %1 af de %2 spurgte har ikke svaret endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="922"/>
        <source>Only the %1 who have not answered</source>
        <translation>Kun de %1, der ikke har svaret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="924"/>
        <source>Everyone asked (%1)</source>
        <translation>Alle spurgte (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="934"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="939"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="959"/>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="943"/>
        <source>Forms saved as %1</source>
        <translation>Skemaerne er gemt som %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="950"/>
        <source>Export answers</source>
        <translation>Eksportér svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="952"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV til Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="963"/>
        <source>Exported %1 responses to %2</source>
        <translation>%1 besvarelser eksporteret til %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/page.py" line="1018"/>
        <source>Kiosk closed: %1 forms saved</source>
        <translation>Kioskskærmen er lukket: %1 skemaer gemt</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="194"/>
        <source>Paper form</source>
        <translation>Papirskema</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="195"/>
        <source>On the laptop</source>
        <translation>På computeren</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="200"/>
        <source>Strongly disagree</source>
        <translation>Helt uenig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="201"/>
        <source>Disagree</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="202"/>
        <source>Neither agree nor disagree</source>
        <translation>Hverken enig eller uenig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="203"/>
        <source>Agree</source>
        <translation>Enig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="204"/>
        <source>Strongly agree</source>
        <translation>Helt enig</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="207"/>
        <source>Very little</source>
        <translation>Meget lille</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="208"/>
        <source>Little</source>
        <translation>Lille</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="209"/>
        <source>Some</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="210"/>
        <source>Much</source>
        <translation>Stor</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="211"/>
        <source>Very much</source>
        <translation>Meget stor</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/entry.py" line="291"/>
        <source>How much do you agree?</source>
        <translation>Hvor enig er du?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/entry.py" line="292"/>
        <source>How do you rate your own knowledge?</source>
        <translation>Hvordan vurderer du din egen viden?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/entry.py" line="315"/>
        <source>Enter goes on to the next question; Shift+Enter starts a new line.</source>
        <translation>Enter går videre til næste spørgsmål; Shift+Enter giver en ny linje.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="77"/>
        <source>Self-evaluation</source>
        <translation>Selvevaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="95"/>
        <source>Only the facilitator can close this screen.</source>
        <translation>Kun facilitatoren kan lukke denne skærm.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="114"/>
        <source>Self-evaluation: %1</source>
        <translation>Selvevaluering: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="117"/>
        <source>Find your name and press Enter (or choose it and press “This is me”). Your answers are only shown for a whole group, and only when five or more in the group have answered.</source>
        <translation>Find dit navn, og tryk Enter (eller vælg det, og tryk “Det er mig”). Dine svar vises kun samlet for en hel gruppe, og kun når fem eller flere i gruppen har svaret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="122"/>
        <source>Type your name …</source>
        <translation>Skriv dit navn …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="123"/>
        <source>Find your name</source>
        <translation>Find dit navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="127"/>
        <source>Names</source>
        <translation>Navne</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="130"/>
        <source>Everyone asked has answered. Thank you!</source>
        <translation>Alle, der er spurgt, har svaret. Tak!</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="133"/>
        <source>This is me →</source>
        <translation>Det er mig →</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="157"/>
        <source>This is not me</source>
        <translation>Det er ikke mig</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="161"/>
        <source>Answer with the keys 1-5 or click. Tab or Enter goes on; Ctrl+Enter sends.</source>
        <translation>Svar med tasterne 1-5, eller klik. Tab eller Enter går videre; Ctrl+Enter sender.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="169"/>
        <source>Send my answers</source>
        <translation>Send mine svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="185"/>
        <source>Thank you! Your answers are saved.</source>
        <translation>Tak! Dine svar er gemt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="188"/>
        <source>Please hand the laptop on to the next person.</source>
        <translation>Giv gerne computeren videre til den næste.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="190"/>
        <source>Next person</source>
        <translation>Næste person</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="207"/>
        <source>Leave the kiosk screen?</source>
        <translation>Vil du forlade kioskskærmen?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="208"/>
        <source>For the facilitator: leaving shows tankapp&apos;s main window again, with all its data.</source>
        <translation>Til facilitatoren: når du forlader kioskskærmen, vises tankapps hovedvindue igen med alle dets data.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="212"/>
        <source>The code set when the kiosk was started</source>
        <translation>Koden, der blev valgt, da kioskskærmen blev startet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="213"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="216"/>
        <source>Stay</source>
        <translation>Bliv her</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="217"/>
        <source>Leave the kiosk</source>
        <translation>Forlad kioskskærmen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="294"/>
        <source>Filled in by: %1</source>
        <translation>Udfyldes af: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="330"/>
        <source>Answer at least one question before you send.</source>
        <translation>Svar på mindst ét spørgsmål, før du sender.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="335"/>
        <source>An answer from you is registered already. Please ask the facilitator.</source>
        <translation>Der er allerede registreret et svar fra dig. Spørg facilitatoren.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="341"/>
        <source>Please look at the question marked in red.</source>
        <translation>Se på spørgsmålet, der er markeret med rødt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/kiosk.py" line="401"/>
        <source>That is not the code.</source>
        <translation>Det er ikke koden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="51"/>
        <source>Edit interview note</source>
        <translation>Rediger interviewnote</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="51"/>
        <source>New interview note</source>
        <translation>Ny interviewnote</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="53"/>
        <source>Interview with %1</source>
        <translation>Interview med %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="60"/>
        <source>(no round)</source>
        <translation>(ingen runde)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="67"/>
        <source>What the member said: experiences, promoters, barriers, wishes …</source>
        <translation>Hvad medlemmet fortalte: erfaringer, fremmere, barrierer, ønsker …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="73"/>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="74"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="201"/>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="75"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="82"/>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="126"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="84"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="159"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="621"/>
        <location filename="../../tankapp/ui/evaluation/page.py" line="926"/>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="103"/>
        <source>Write the note.</source>
        <translation>Skriv noten.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="108"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Noten er for lang: højst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="124"/>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="131"/>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="178"/>
        <source>Interview notes</source>
        <translation>Interviewnoter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="132"/>
        <source>No interview notes for this member yet.</source>
        <translation>Ingen interviewnoter om dette medlem endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="134"/>
        <source>&amp;Add note…</source>
        <translation>&amp;Tilføj note …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="135"/>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="136"/>
        <source>Delete…</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/notes.py" line="178"/>
        <source>Interview notes (%1)</source>
        <translation>Interviewnoter (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="65"/>
        <source>too few answers</source>
        <translation>for få svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="71"/>
        <source>not shown (a small group&apos;s figures could be worked out)</source>
        <translation>vises ikke (ellers kunne en lille gruppes tal regnes ud)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="113"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="337"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="119"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="131"/>
        <source>Response rate</source>
        <translation>Svarprocent</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="135"/>
        <source>The success statements: mean (1-5) and share who agree (4-5)</source>
        <translation>Succesudsagnene: gennemsnit (1-5) og andel, der er enige (4-5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="135"/>
        <source>agree</source>
        <translation>enige</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="136"/>
        <source>Own knowledge: mean (1-5) and share who rate it high (4-5)</source>
        <translation>Egen viden: gennemsnit (1-5) og andel, der vurderer den høj (4-5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="136"/>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="160"/>
        <source>Distribution: %1</source>
        <translation>Fordeling: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="164"/>
        <source>%1 answered; figures are shown from %2 answers, so no one can be singled out.</source>
        <translation>%1 har svaret; tal vises fra %2 svar, så ingen kan genkendes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="183"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="183"/>
        <source>Distribution 1-5</source>
        <translation>Fordeling 1-5</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="183"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="183"/>
        <source>Mean</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="184"/>
        <source>4-5</source>
        <translation>4-5</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="187"/>
        <source>Knowledge gain</source>
        <translation>Vidensløft</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="189"/>
        <source>Knowledge gain is shown once there is both a baseline and an end round.</source>
        <translation>Vidensløftet vises, når der er både en førmåling og en slutevaluering.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="192"/>
        <source>%1 against %2, for the members who answered both (own rating, 1-5: baseline → end, the mean change).</source>
        <translation>%1 sammenholdt med %2, for de medlemmer, der har svaret begge gange (egen vurdering, 1-5: førmåling → slut, den gennemsnitlige ændring).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="210"/>
        <source>Answered both</source>
        <translation>Svaret begge gange</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="214"/>
        <source>Free text, all groups together</source>
        <translation>Fritekst, alle grupper samlet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="218"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="374"/>
        <source>Promoters</source>
        <translation>Fremmere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="218"/>
        <location filename="../../tankapp/ui/evaluation/results.py" line="374"/>
        <source>Barriers</source>
        <translation>Barrierer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="224"/>
        <source>No one has written anything here.</source>
        <translation>Ingen har skrevet noget her.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="225"/>
        <source>The free text is never shown per group, so no one can be recognised.</source>
        <translation>Friteksten vises aldrig pr. gruppe, så ingen kan genkendes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="243"/>
        <source>Distribution for</source>
        <translation>Fordeling for</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="249"/>
        <source>&amp;Distribution for:</source>
        <translation>&amp;Fordeling for:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="251"/>
        <source>Knowledge &amp;gain from:</source>
        <translation>Videns&amp;løft fra:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="253"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="263"/>
        <source>Evaluation report (PDF)…</source>
        <translation>Evalueringsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="264"/>
        <source>The final evaluation report with charts, for the steering committee: every round, all groups. No member is named.</source>
        <translation>Den endelige evalueringsrapport med diagrammer, til styregruppen: alle runder, alle grupper. Ingen medlemmer nævnes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="324"/>
        <source>Choose a round to see its results.</source>
        <translation>Vælg en runde for at se dens resultater.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="350"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="351"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="352"/>
        <source>Evaluations</source>
        <translation>Evalueringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="353"/>
        <source>Contributions</source>
        <translation>Vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="365"/>
        <source>Only the free text of the chosen round</source>
        <translation>Kun friteksten fra den valgte runde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="366"/>
        <source>Points that say the same are counted together. Groups: how many groups raised the point, in their evaluations or as knowledge contributions.</source>
        <translation>Punkter, der siger det samme, tælles sammen. Grupper: hvor mange grupper der har nævnt punktet, i deres evalueringer eller som vidensbidrag.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="371"/>
        <source>No promoters yet.</source>
        <translation>Ingen fremmere endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="373"/>
        <source>No barriers yet.</source>
        <translation>Ingen barrierer endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="424"/>
        <source>Promoters (%1)</source>
        <translation>Fremmere (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/results.py" line="425"/>
        <source>Barriers (%1)</source>
        <translation>Barrierer (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="65"/>
        <source>New evaluation round</source>
        <translation>Ny evalueringsrunde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="73"/>
        <source>e.g. Baseline at the first meeting</source>
        <translation>fx Førmåling ved første møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="75"/>
        <source>Closes on a set day</source>
        <translation>Lukker en bestemt dag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="98"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="99"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="100"/>
        <source>&amp;Opens:</source>
        <translation>Å&amp;bner:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="101"/>
        <source>C&amp;loses:</source>
        <translation>&amp;Lukker:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="102"/>
        <source>&amp;Groups asked:</source>
        <translation>&amp;Grupper, der spørges:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="111"/>
        <source>Space ticks or unticks the highlighted group. Members who join later are asked if they have joined by the day the round closes.</source>
        <translation>Mellemrum sætter eller fjerner fluebenet ved den markerede gruppe. Medlemmer, der kommer til senere, spørges, hvis de er med, inden runden lukker.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="113"/>
        <source>Questions: %1</source>
        <translation>Spørgsmål: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="114"/>
        <source>the newest version of the standard questionnaire</source>
        <translation>den nyeste version af standardspørgeskemaet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/evaluation/round_dialog.py" line="117"/>
        <source>%1 members have answered: the round keeps its questions.</source>
        <translation>%1 medlemmer har svaret: runden beholder sine spørgsmål.</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="37"/>
        <source>Export package for meetings</source>
        <translation>Eksportér pakke til møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="41"/>
        <source>A package is one file with what it takes to run meetings on another laptop, without network. The laptop opens it in a new database (File &gt; Import package or changes…), runs the meetings, and afterwards sends its changes back to be imported here. Tick the meetings to take along.</source>
        <translation>En pakke er én fil med det, der skal til for at holde møder på en anden bærbar uden netværk. Den bærbare åbner den i en ny database (Filer &gt; Indlæs pakke eller ændringer…), holder møderne og sender bagefter sine ændringer tilbage, så de kan indlæses her. Sæt flueben ved de møder, der skal med.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="49"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="49"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="49"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="49"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="57"/>
        <source>Show earlier meetings too</source>
        <translation>Vis også tidligere møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="65"/>
        <source>What the package holds</source>
        <translation>Det indeholder pakken</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="70"/>
        <source>The package holds personal data: the invited members&apos; names, contact details, organisation and consent, their attendance, and the meetings&apos; notes. Only you can read the file. Give it only to the person running the meetings, keep it on an encrypted disk or stick, and delete it once their laptop has opened it.</source>
        <translation>Pakken indeholder personoplysninger: de inviterede medlemmers navne, kontaktoplysninger, organisation og samtykke, deres fremmøde og mødernes noter. Kun du kan læse filen. Giv den kun til den, der skal holde møderne, opbevar den på en krypteret disk eller nøgle, og slet den, når den bærbare har åbnet den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="78"/>
        <source>Save package…</source>
        <translation>Gem pakke…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="121"/>
        <source>No planned meetings from today on. Tick “Show earlier meetings too” to choose an earlier one, or plan the meeting under Meetings first.</source>
        <translation>Ingen planlagte møder fra i dag og frem. Sæt flueben ved “Vis også tidligere møder” for at vælge et tidligere, eller planlæg først mødet under Møder.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="145"/>
        <source>Tick at least one meeting.</source>
        <translation>Sæt flueben ved mindst ét møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="153"/>
        <source>• %1 with their agendas, decisions, action items, guests, attendance and the knowledge contributions captured at them</source>
        <translation>• %1 med dagsordener, beslutninger, opgaver, gæster, fremmøde og de vidensbidrag, der er indsamlet på dem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="155"/>
        <source>• %1 (those invited, and those named on an action or contribution): name, contact details, organisation and consent — not the notes on their recruitment</source>
        <translation>• %1 (de inviterede og dem, der står på en opgave eller et bidrag): navn, kontaktoplysninger, organisation og samtykke — ikke noterne om deres rekruttering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="162"/>
        <source>1 file, %1</source>
        <translation>1 fil, %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="163"/>
        <source>%1 files, %2</source>
        <translation>%1 filer, %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="164"/>
        <source>• %1 on the agendas, with their files (%2)</source>
        <translation>• %1 på dagsordenerne med deres filer (%2)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="166"/>
        <source>• %1 on the agendas (no files attached)</source>
        <translation>• %1 på dagsordenerne (uden vedhæftede filer)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="169"/>
        <source>• %1, including the groups&apos; open dissemination actions from earlier meetings</source>
        <translation>• %1, herunder gruppernes åbne spredningsopgaver fra tidligere møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/export_dialog.py" line="174"/>
        <source>• %1 open on the day, with the answers so far (%2)</source>
        <translation>• %1 åben på dagen med svarene indtil nu (%2)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="132"/>
        <source>Opened %1</source>
        <extracomment>A PostgreSQL URL to open at the next start (tankapp.ui.app.server_url reads it).</extracomment>
        <translation>Åbnede %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="163"/>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="164"/>
        <source>new think tank</source>
        <translation>ny tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="169"/>
        <location filename="../../tankapp/ui/thinktank/files.py" line="194"/>
        <source>tankapp database (*.sqlite);;All files (*)</source>
        <translation>tankapp-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="192"/>
        <location filename="../../tankapp/ui/thinktank/files.py" line="204"/>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="208"/>
        <source>%1 is the database open now.</source>
        <translation>%1 er den database, der er åben nu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="241"/>
        <source>Open server database</source>
        <translation>Åbn serverdatabase</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="246"/>
        <source>The address of the shared database on a PostgreSQL server, for example
postgresql+psycopg://user:password@server/tankapp</source>
        <translation>Adressen på den fælles database på en PostgreSQL-server, for eksempel
postgresql+psycopg://bruger:adgangskode@server/tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="289"/>
        <source>(open now)</source>
        <translation>(åben nu)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="292"/>
        <source>(not found)</source>
        <translation>(findes ikke)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="298"/>
        <source>No databases opened yet</source>
        <translation>Ingen databaser åbnet endnu</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/files.py" line="303"/>
        <source>Clear the list</source>
        <translation>Ryd listen</translation>
    </message>
</context>
<context>
    <name>GroupAddresses</name>
    <message>
        <location filename="../../tankapp/ui/groups/addresses.py" line="19"/>
        <source>Put the e-mail addresses of the group&apos;s active members on the clipboard, for an invitation. Paste them into Bcc, so the members do not see each other&apos;s addresses.</source>
        <translation>Læg e-mailadresserne på gruppens aktive medlemmer i udklipsholderen til en invitation. Indsæt dem i Bcc, så medlemmerne ikke ser hinandens adresser.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/addresses.py" line="33"/>
        <source>No active member of %1 has an e-mail address; nothing was copied.</source>
        <translation>Ingen aktive medlemmer af %1 har en e-mailadresse; intet er kopieret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/addresses.py" line="36"/>
        <source>1 e-mail address of %2 copied: paste it into Bcc.</source>
        <translation>1 e-mailadresse fra %2 er kopieret: indsæt den i Bcc.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/addresses.py" line="37"/>
        <source>%1 e-mail addresses of %2 copied: paste them into Bcc.</source>
        <translation>%1 e-mailadresser fra %2 er kopieret: indsæt dem i Bcc.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/addresses.py" line="43"/>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 til</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/addresses.py" line="44"/>
        <source>Without an e-mail address: %1.</source>
        <translation>Uden e-mailadresse: %1.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="63"/>
        <source>Edit the steering committee</source>
        <translation>Redigér styregruppen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="65"/>
        <source>Edit group</source>
        <translation>Redigér gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="65"/>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="83"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="93"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="95"/>
        <source>Kind of actor:</source>
        <translation>Aktørtype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="96"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="98"/>
        <source>Target size:</source>
        <translation>Ønsket størrelse:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="103"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="173"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="173"/>
        <location filename="../../tankapp/ui/groups/page.py" line="200"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="175"/>
        <source>Kind of actor</source>
        <translation>Aktørtype</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="177"/>
        <location filename="../../tankapp/ui/groups/page.py" line="202"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="182"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="188"/>
        <location filename="../../tankapp/ui/groups/page.py" line="203"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="232"/>
        <location filename="../../tankapp/ui/groups/page.py" line="393"/>
        <source>Archive…</source>
        <translation>Arkivér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="233"/>
        <source>Copy e-mail addresses</source>
        <translation>Kopiér e-mailadresser</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="200"/>
        <location filename="../../tankapp/ui/groups/page.py" line="247"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="248"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="251"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="251"/>
        <source>Withdrawn</source>
        <translation>Udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="251"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="300"/>
        <source>Too few: target %1-%2</source>
        <translation>For få: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="302"/>
        <source>Too many: target %1-%2</source>
        <translation>For mange: ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="303"/>
        <source>Within target %1-%2</source>
        <translation>Inden for ønsket %1-%2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="469"/>
        <source>%1 is archived again</source>
        <translation>%1 er arkiveret igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="470"/>
        <source>archive group %1</source>
        <translation>arkivér gruppen %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="470"/>
        <source>restore group %1</source>
        <translation>gendan gruppen %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="230"/>
        <source>New group…</source>
        <translation>Ny gruppe…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="231"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="445"/>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="235"/>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="197"/>
        <location filename="../../tankapp/ui/groups/page.py" line="361"/>
        <source>Steering committee</source>
        <translation>Styregruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="210"/>
        <source>Representatives of regions, municipalities and the partners. Not an expert group: its members and meetings count toward none of the groups&apos; figures (the meeting target, the target size, the commitment).</source>
        <translation>Repræsentanter for regioner, kommuner og partnerne. Ikke en ekspertgruppe: dens medlemmer og møder tæller ikke med i ekspertgruppernes tal (målet for antal møder, den ønskede størrelse, aftalen om møder).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="215"/>
        <source>The think tank has no steering committee in tankapp yet.</source>
        <translation>Tænketanken har endnu ingen styregruppe i tankapp.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="217"/>
        <source>Create the steering committee</source>
        <translation>Opret styregruppen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="219"/>
        <source>Add the steering committee (Styregruppe): then add its members, and plan its meetings in Meetings</source>
        <translation>Opret styregruppen (Styregruppe): tilføj derefter dens medlemmer, og planlæg dens møder under Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="368"/>
        <source>The steering committee %1 is created. Add its members in Members; plan its meetings in Meetings</source>
        <translation>Styregruppen %1 er oprettet. Tilføj dens medlemmer under Medlemmer; planlæg dens møder under Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="379"/>
        <source>Members of %1</source>
        <translation>Medlemmer af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="393"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="402"/>
        <location filename="../../tankapp/ui/groups/page.py" line="410"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="435"/>
        <source>Archive group</source>
        <translation>Arkivér gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="436"/>
        <source>Archive the group %1? It has %2.</source>
        <translation>Arkivér gruppen %1? Den har %2.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="442"/>
        <source>An archived group is left out of lists and choices for new work. Its members, meetings and history are kept. Ctrl+Z undoes the archiving, and the group can be restored later.</source>
        <translation>En arkiveret gruppe er ikke med i lister og valg til nyt arbejde. Dens medlemmer, møder og historik bevares. Ctrl+Z fortryder arkiveringen, og gruppen kan gendannes senere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="455"/>
        <source>1 active member</source>
        <translation>1 aktivt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="455"/>
        <source>%1 active members</source>
        <translation>%1 aktive medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="458"/>
        <source>1 planned meeting</source>
        <translation>1 planlagt møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="459"/>
        <source>%1 planned meetings</source>
        <translation>%1 planlagte møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="461"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="466"/>
        <source>%1 is archived; its members and history are kept (Ctrl+Z undoes)</source>
        <translation>%1 er arkiveret; medlemmer og historik bevares (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/groups/page.py" line="467"/>
        <location filename="../../tankapp/ui/groups/page.py" line="469"/>
        <source>%1 is restored</source>
        <translation>%1 er gendannet</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="58"/>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="150"/>
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="63"/>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Vælg en CSV- eller Excel-fil (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="64"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="80"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="79"/>
        <source>Into group:</source>
        <translation>Til gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="70"/>
        <source>Choose the group…</source>
        <translation>Vælg gruppen…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="71"/>
        <source>The expert group the imported members join</source>
        <translation>Den ekspertgruppe, de importerede medlemmer kommer med i</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="87"/>
        <source>Line</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="88"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="92"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="93"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="97"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="98"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="99"/>
        <source>May be named</source>
        <translation>Må nævnes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="100"/>
        <source>May be contacted</source>
        <translation>Må kontaktes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="107"/>
        <source>Import only the valid rows and leave out the rest</source>
        <translation>Importér kun de gyldige rækker, og spring resten over</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="110"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="140"/>
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="152"/>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Medlemslister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="169"/>
        <source>Choose the group the members are to join; then the file is read and every row shown here before anything is imported.</source>
        <translation>Vælg den gruppe, medlemmerne skal med i; så læses filen, og hver række vises her, før noget importeres.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="185"/>
        <source>Rows in the file: %1. Valid: %2. With problems: %3.</source>
        <translation>Rækker i filen: %1. Gyldige: %2. Med problemer: %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="189"/>
        <source>A file with problems imports nothing unless you choose to import only the valid rows.</source>
        <translation>Når filen har problemer, importeres intet, medmindre du vælger kun at importere de gyldige rækker.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/import_dialog.py" line="191"/>
        <source>Columns not used: %1.</source>
        <translation>Kolonner, der ikke bruges: %1.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="46"/>
        <source>Import changes from a laptop</source>
        <translation>Indlæs ændringer fra en bærbar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="49"/>
        <source>The changes from the laptop “%1” (changes file no. %2), in %3. Nothing has been changed yet; this is what importing them would do:</source>
        <translation>Ændringerne fra den bærbare “%1” (ændringsfil nr. %2) i %3. Intet er ændret endnu; sådan ville en indlæsning ændre databasen:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="60"/>
        <source>Adds:</source>
        <translation>Tilføjer:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="61"/>
        <source>Changes:</source>
        <translation>Ændrer:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="62"/>
        <source>Deletes:</source>
        <translation>Sletter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="64"/>
        <source>1 earlier conflict, now that the laptop agrees</source>
        <translation>1 tidligere konflikt, nu hvor den bærbare er enig</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="65"/>
        <source>%1 earlier conflicts, now that the laptop agrees</source>
        <translation>%1 tidligere konflikter, nu hvor den bærbare er enig</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="66"/>
        <source>Settles:</source>
        <translation>Afgør:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="72"/>
        <source>Conflicts: %1</source>
        <translation>Konflikter: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="74"/>
        <source>These values were changed on two sides. Nothing is lost: one value is kept for now (the office&apos;s own, when it is among them), the others are kept in the conflict, and you choose afterwards (File &gt; Conflicts…).</source>
        <translation>Disse værdier er ændret to steder. Intet går tabt: én værdi beholdes indtil videre (kontorets egen, når den er blandt dem), de andre gemmes i konflikten, og du vælger bagefter (Filer &gt; Konflikter…).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="80"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="80"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="80"/>
        <source>Kept for now</source>
        <translation>Beholdes indtil videre</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="81"/>
        <source>The other values</source>
        <translation>De andre værdier</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="105"/>
        <source>Conflicts: none</source>
        <translation>Konflikter: ingen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="106"/>
        <source>Nothing was changed both here and on the laptop.</source>
        <translation>Intet er ændret både her og på den bærbare.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/import_dialog.py" line="111"/>
        <source>Import the changes</source>
        <translation>Indlæs ændringerne</translation>
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
        <location filename="../../tankapp/domain/vocabulary.py" line="77"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="92"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="115"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="67"/>
        <source>Steering committee</source>
        <translation>Styregruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="71"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="72"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="73"/>
        <source>General practice</source>
        <translation>Almen praksis</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="74"/>
        <source>Patient organisation</source>
        <translation>Patientforening</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="75"/>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="76"/>
        <source>Research</source>
        <translation>Forskning</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="81"/>
        <source>Capital Region of Denmark</source>
        <translation>Region Hovedstaden</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="82"/>
        <source>Region Zealand</source>
        <translation>Region Sjælland</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="83"/>
        <source>Region of Southern Denmark</source>
        <translation>Region Syddanmark</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="84"/>
        <source>Central Denmark Region</source>
        <translation>Region Midtjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="85"/>
        <source>North Denmark Region</source>
        <translation>Region Nordjylland</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="89"/>
        <source>KL (Local Government Denmark)</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="90"/>
        <source>Danish Regions</source>
        <translation>Danske Regioner</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="91"/>
        <source>ViBIS network</source>
        <translation>ViBIS&apos; netværk</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="96"/>
        <source>Half day</source>
        <translation>Halvdagsmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="97"/>
        <source>Full day</source>
        <translation>Heldagsmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="101"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="102"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="103"/>
        <location filename="../../tankapp/domain/vocabulary.py" line="131"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="107"/>
        <source>Welcome</source>
        <translation>Velkomst</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="108"/>
        <source>Knowledge presentation</source>
        <translation>Vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="109"/>
        <source>Discussion of dissemination</source>
        <translation>Drøftelse af spredning</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="110"/>
        <source>Round of knowledge contributions</source>
        <translation>Runde med vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="111"/>
        <source>Sharing across groups</source>
        <translation>Deling på tværs af grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="112"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="113"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="114"/>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="126"/>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="119"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="120"/>
        <source>Late</source>
        <translation>For sent</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="121"/>
        <source>Left early</source>
        <translation>Gået tidligt</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="122"/>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="123"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="129"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="130"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="99"/>
        <source>%1 – overdue</source>
        <translation>%1 – overskredet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="142"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="142"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="135"/>
        <source>Organisational</source>
        <translation>Organisatorisk</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="136"/>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="137"/>
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
        <location filename="../../tankapp/domain/vocabulary.py" line="141"/>
        <source>Frames</source>
        <translation>Rammer</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="142"/>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <location filename="../../tankapp/domain/vocabulary.py" line="143"/>
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
        <location filename="../../tankapp/ui/main_window.py" line="72"/>
        <source>Groups</source>
        <extracomment>On a shared server database, coming back to the window reloads the views at most this often. The window is on screen (its frame painted; the section follows at once). The section shown at start is built and loaded. The workspace that opened this window (File &gt; New/Open database switch through it).</extracomment>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="73"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="74"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="75"/>
        <source>Knowledge</source>
        <translation>Viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="76"/>
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="77"/>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="100"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="140"/>
        <source>Library</source>
        <translation>Vidensbibliotek</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="141"/>
        <source>Coverage by group</source>
        <translation>Dækning pr. gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="214"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="216"/>
        <source>New in the section shown: member, group, meeting or presentation</source>
        <translation>Nyt i det viste afsnit: medlem, gruppe, møde eller vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="218"/>
        <source>&amp;Import members…</source>
        <translation>&amp;Importér medlemmer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="221"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="224"/>
        <source>&amp;Back up to a file…</source>
        <translation>&amp;Sikkerhedskopiér til en fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="225"/>
        <source>A checked copy of the database, e.g. on a USB stick</source>
        <translation>En kontrolleret kopi af databasen, fx på en USB-nøgle</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="227"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="229"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Kontrollér databasen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="235"/>
        <source>New &amp;database…</source>
        <translation>Ny &amp;database…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="236"/>
        <source>A new database file with a think tank of its own</source>
        <translation>En ny databasefil med sin egen tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="238"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="241"/>
        <source>Open ser&amp;ver database…</source>
        <translation>Åbn ser&amp;verdatabase…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="242"/>
        <source>The office&apos;s shared database on a PostgreSQL server</source>
        <translation>Kontorets fælles database på en PostgreSQL-server</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="244"/>
        <source>Open r&amp;ecent</source>
        <translation>Åbn s&amp;eneste</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="247"/>
        <source>No databases opened yet</source>
        <translation>Ingen databaser åbnet endnu</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="248"/>
        <source>Think tank &amp;settings…</source>
        <translation>&amp;Tænketankens indstillinger…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="249"/>
        <source>The think tank&apos;s name, project period, meeting target and commitment</source>
        <translation>Tænketankens navn, projektperiode, mål for antal møder og medlemmernes aftale</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="270"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="271"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="273"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="278"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="283"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="292"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="294"/>
        <source>Show what others have saved meanwhile</source>
        <translation>Vis det, andre har gemt i mellemtiden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="298"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="306"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="307"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="310"/>
        <source>&amp;About tankapp</source>
        <translation>&amp;Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="323"/>
        <source>no think tank set up yet</source>
        <translation>ingen tænketank oprettet endnu</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="326"/>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="368"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="368"/>
        <source>The new language is used the next time tankapp starts.</source>
        <translation>Det nye sprog bruges, næste gang tankapp starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="376"/>
        <source>Go to a section</source>
        <translation>Gå til et afsnit</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="377"/>
        <source>New member, group, meeting or presentation (in the section shown)</source>
        <translation>Opret nyt i det viste afsnit</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="378"/>
        <source>Agenda as PDF (in Meetings)</source>
        <translation>Dagsorden som PDF (i Møder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="379"/>
        <source>Move an agenda item</source>
        <translation>Flyt et dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="380"/>
        <source>Add or remove an agenda item</source>
        <translation>Tilføj/fjern et dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="381"/>
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="382"/>
        <source>Find in the list</source>
        <translation>Søg i listen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="383"/>
        <source>Open the selected row</source>
        <translation>Åbn den valgte række</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="384"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="385"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="386"/>
        <source>Start meeting mode (in Meetings)</source>
        <translation>Start mødetilstand (i Møder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="387"/>
        <source>Refresh: show what others have saved meanwhile</source>
        <translation>Opdatér: vis det, andre har gemt i mellemtiden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="388"/>
        <source>This list</source>
        <translation>Denne oversigt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="390"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="392"/>
        <source>In meeting mode</source>
        <translation>I mødetilstand</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="398"/>
        <source>About tankapp</source>
        <translation>Om tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="399"/>
        <source>tankapp %1
For the facilitators of the think tank&apos;s expert groups.

Database: %2</source>
        <translation>tankapp %1
Til facilitatorerne i tænketankens ekspertgrupper.

Database: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="462"/>
        <source>Members imported: %1</source>
        <translation>Importerede medlemmer: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="475"/>
        <source>Back up</source>
        <translation>Sikkerhedskopiér</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="481"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="486"/>
        <source>Check the database</source>
        <translation>Kontrollér databasen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/main_window.py" line="493"/>
        <source>This database is on a database server, not in a file on this computer. Backing it up, restoring and checking it are done on the server (for example with pg_dump); ask its administrator.</source>
        <translation>Denne database ligger på en databaseserver, ikke i en fil på denne computer. Sikkerhedskopiering, gendannelse og kontrol foregår på serveren (for eksempel med pg_dump); spørg dens administrator.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="63"/>
        <source>Edit meeting</source>
        <translation>Redigér møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="63"/>
        <source>Plan a meeting</source>
        <translation>Planlæg et møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="88"/>
        <source>e.g. Karen Friis, ViBIS</source>
        <translation>fx Karen Friis, ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="97"/>
        <source>A meeting of the steering committee: no expert group takes part, it does not count toward the meeting target, and its agenda starts with the status report.</source>
        <translation>Et møde i styregruppen: ingen ekspertgruppe deltager, mødet tæller ikke med i målet for antal møder, og dagsordenen begynder med statusrapporten.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="114"/>
        <source>No agenda yet</source>
        <translation>Ingen dagsorden endnu</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="128"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="129"/>
        <source>Groups:</source>
        <translation>Grupper:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="130"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="131"/>
        <source>Format:</source>
        <translation>Mødetype:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="132"/>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="133"/>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="134"/>
        <source>Facilitators:</source>
        <translation>Facilitatorer:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="135"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="136"/>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="138"/>
        <source>Agenda from template:</source>
        <translation>Dagsorden fra skabelon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/dialog.py" line="149"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>MeetingModeKeys</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="35"/>
        <source>Next / previous agenda item</source>
        <translation>Næste/forrige dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="36"/>
        <source>Find a member to check in</source>
        <translation>Find et medlem, der skal meldes ankommet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="37"/>
        <source>Check in the one member the search shows (or the selected one)</source>
        <translation>Meld det ene medlem, søgningen viser (eller det valgte), ankommet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="39"/>
        <source>Capture a contribution: promoter, barrier, example, knowledge gap</source>
        <translation>Notér et vidensbidrag: fremmer, barriere, eksempel, videnshul</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="41"/>
        <source>Save the contribution</source>
        <translation>Gem vidensbidraget</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="42"/>
        <source>Cancel the contribution</source>
        <translation>Annuller vidensbidraget</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="43"/>
        <source>Open the item&apos;s presentation</source>
        <translation>Åbn punktets vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="44"/>
        <source>Undo an attendance change, a corrected time or the end of the meeting</source>
        <translation>Fortryd en ændring af fremmødet, et rettet tidspunkt eller afslutningen af mødet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="46"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="47"/>
        <source>Full screen on and off</source>
        <translation>Fuld skærm til og fra</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/keys.py" line="48"/>
        <source>This list</source>
        <translation>Denne oversigt</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="211"/>
        <source>Meeting: %1</source>
        <translation>Møde: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="211"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="213"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="234"/>
        <source>Why must the approved minutes change?</source>
        <translation>Hvorfor skal det godkendte referat ændres?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="235"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="279"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="368"/>
        <source>Notes for this item. Saved as you type.</source>
        <translation>Noter til punktet. Gemmes mens du skriver.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="311"/>
        <source>New decision, then Enter</source>
        <translation>Ny beslutning, tryk Enter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="212"/>
        <source>Previous item (%1)</source>
        <translation>Forrige punkt (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="214"/>
        <source>Next item (%1)</source>
        <translation>Næste punkt (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="215"/>
        <source>End meeting…</source>
        <translation>Afslut mødet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="216"/>
        <source>Settle who is still only invited, check the date, stop the timer, mark the meeting held</source>
        <translation>Afgør, hvem der stadig kun er inviteret, tjek datoen, stop uret og markér mødet som afholdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="218"/>
        <source>Full screen (%1)</source>
        <translation>Fuld skærm (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="246"/>
        <source>Minutes as PDF…</source>
        <translation>Referat som PDF…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="252"/>
        <source>Hide this message</source>
        <translation>Skjul denne besked</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="299"/>
        <source>Open presentation</source>
        <translation>Åbn vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="312"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="313"/>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="324"/>
        <source>New action item: what is to be done</source>
        <translation>Ny opgave: hvad skal gøres</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="329"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="330"/>
        <source>About spreading knowledge</source>
        <translation>Om spredning af viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="331"/>
        <source>Add action</source>
        <translation>Tilføj opgave</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="332"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="333"/>
        <source>Action items</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="337"/>
        <source>Who:</source>
        <translation>Hvem:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="378"/>
        <source>Mark done</source>
        <translation>Markér som udført</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="379"/>
        <source>Open dissemination actions from earlier meetings</source>
        <translation>Åbne spredningsopgaver fra tidligere møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="416"/>
        <source>Find a member (%1), Enter checks in</source>
        <translation>Find et medlem (%1), Enter melder ankomst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="421"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="422"/>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="469"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="423"/>
        <source>State</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="448"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="453"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="676"/>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="455"/>
        <source>Change time</source>
        <translation>Ret tidspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="456"/>
        <source>Correct when the selected member arrived (late) or left (left early)</source>
        <translation>Ret, hvornår det valgte medlem kom (for sent) eller gik (gået tidligt)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="467"/>
        <source>Guest&apos;s name</source>
        <translation>Gæstens navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="471"/>
        <source>Role, e.g. speaker</source>
        <translation>Rolle, fx oplægsholder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="472"/>
        <source>Add guest</source>
        <translation>Tilføj gæst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="473"/>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="504"/>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="505"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="254"/>
        <source>Captured</source>
        <translation>Fra mødet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="506"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="249"/>
        <source>Between groups</source>
        <translation>Mellem grupperne</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/panes.py" line="247"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="179"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="181"/>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="187"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="420"/>
        <source>Open the presentation&apos;s file (%1)</source>
        <translation>Åbn vidensoplæggets fil (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="330"/>
        <source>The agenda has no items.</source>
        <translation>Dagsordenen har ingen punkter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="361"/>
        <source>spreading</source>
        <translation>spredning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="383"/>
        <source>(no one named)</source>
        <translation>(ingen navngivet)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="387"/>
        <source>%1 (guest)</source>
        <translation>%1 (gæst)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="398"/>
        <source>Presenter: %1</source>
        <translation>Oplægsholder: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="400"/>
        <source>Presentation: %1</source>
        <translation>Vidensoplæg: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="418"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="432"/>
        <source>The presentation has no file in the library.</source>
        <translation>Vidensoplægget har ingen fil i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="447"/>
        <source>Opened %1</source>
        <translation>Åbnede %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="450"/>
        <source>No program on this computer opens %1. A copy of it is here: %2</source>
        <translation>Der er intet program på denne computer, som kan åbne %1. Der ligger en kopi af filen her: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="470"/>
        <source>Over time by %1</source>
        <translation>Over tiden med %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="473"/>
        <source>Nearly at the planned time</source>
        <translation>Tæt på den planlagte tid</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="476"/>
        <source>Elapsed / planned</source>
        <translation>Brugt / planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="478"/>
        <source>The meeting is held; the timer is stopped.</source>
        <translation>Mødet er afholdt; uret er stoppet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="504"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="521"/>
        <source>Saved %1</source>
        <translation>Gemt kl. %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="645"/>
        <source>No one on the list matches. Check the spelling.</source>
        <translation>Ingen på listen passer. Tjek stavningen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="649"/>
        <source>%1 people match. Type more of the name, or pick one with the arrow keys and press Enter.</source>
        <translation>%1 personer passer. Skriv mere af navnet, eller vælg en med piletasterne og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="670"/>
        <source>Arrived at:</source>
        <translation>Kom kl.:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="673"/>
        <source>Left at:</source>
        <translation>Gik kl.:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="690"/>
        <source>Select a member registered as late or as having left early.</source>
        <translation>Vælg et medlem, der er registreret som kommet for sent eller gået tidligt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="759"/>
        <source>The meeting could not be ended.</source>
        <translation>Mødet kunne ikke afsluttes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="792"/>
        <source>The meeting is open again.</source>
        <translation>Mødet er åbent igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="795"/>
        <source>The meeting has ended and is marked as held.</source>
        <translation>Mødet er afsluttet og markeret som afholdt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="799"/>
        <source>Registered as absent: %1, as excused: %2.</source>
        <translation>Registreret som fraværende: %1, med afbud: %2.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="802"/>
        <source>Its date is now %1.</source>
        <translation>Mødets dato er nu %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="816"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="825"/>
        <source>Save minutes as PDF</source>
        <translation>Gem referat som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="817"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="827"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="829"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="829"/>
        <source>Saved as %1.

Open it now?</source>
        <translation>Gemt som %1.

Vil du åbne den nu?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="864"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="866"/>
        <source>Meeting mode</source>
        <translation>Mødetilstand</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/commands.py" line="36"/>
        <location filename="../../tankapp/ui/meeting_mode/commands.py" line="59"/>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="709"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/commands.py" line="82"/>
        <source>End meeting</source>
        <translation>Afslut mødet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="715"/>
        <source>%1 of %2 present</source>
        <translation>%1 af %2 til stede</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="839"/>
        <source>The minutes were approved on %1 and are locked.</source>
        <translation>Referatet blev godkendt %1 og er låst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meeting_mode/window.py" line="856"/>
        <source>Unlocked; the reason is recorded.</source>
        <translation>Låst op; begrundelsen er gemt.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="102"/>
        <source>Filter by title, group or place… (Ctrl+F)</source>
        <translation>Søg på titel, gruppe eller sted… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="69"/>
        <source>Plan meeting…</source>
        <translation>Planlæg møde…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="70"/>
        <source>Start meeting (F5)</source>
        <translation>Start mødet (F5)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="71"/>
        <source>Open meeting mode: agenda, timer, notes and attendance</source>
        <translation>Åbn mødetilstand: dagsorden, tid, noter og fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="72"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="73"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="267"/>
        <source>Mark as held</source>
        <translation>Markér som afholdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="74"/>
        <source>Send out</source>
        <translation>Send ud</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="76"/>
        <source>Agenda as PDF…</source>
        <translation>Dagsorden som PDF…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="77"/>
        <source>Calendar invitation (.ics)…</source>
        <translation>Kalenderinvitation (.ics)…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="79"/>
        <source>Sign-in sheet as PDF…</source>
        <translation>Fremmødeliste som PDF…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="80"/>
        <source>Minutes as PDF…</source>
        <translation>Referat som PDF…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="82"/>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="84"/>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="85"/>
        <source>Set back to planned</source>
        <translation>Sæt tilbage til planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="86"/>
        <source>Share with another group…</source>
        <translation>Del med en anden gruppe…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="87"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="294"/>
        <source>Approve the minutes</source>
        <translation>Godkend referatet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="89"/>
        <source>Delete meeting…</source>
        <translation>Slet møde…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="94"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="95"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="96"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="97"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="99"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="100"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="103"/>
        <source>No meetings yet. Plan the first meeting.</source>
        <translation>Der er ingen møder endnu. Planlæg det første møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="104"/>
        <source>Plan the first meeting</source>
        <translation>Planlæg det første møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="123"/>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="124"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="254"/>
        <source>Action items</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="209"/>
        <source>Meetings held: %1 of %2. Planned: %3.</source>
        <translation>Afholdte møder: %1 af %2. Planlagte: %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="212"/>
        <source>A joint meeting counts once toward the target (joint meetings held: %1).</source>
        <translation>Et fællesmøde tæller én gang med i målet (afholdte fællesmøder: %1).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="216"/>
        <source>Steering committee meetings are not counted (held: %1, planned: %2).</source>
        <translation>Styregruppens møder tæller ikke med (afholdt: %1, planlagt: %2).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="222"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="251"/>
        <source>Action items (%1, %2 overdue)</source>
        <translation>Opgaver (%1, %2 overskredet)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="254"/>
        <source>Action items (%1)</source>
        <translation>Opgaver (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="267"/>
        <source>Mark as planned</source>
        <translation>Markér som planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="296"/>
        <source>The minutes of %1 are approved.</source>
        <translation>Referatet af %1 er godkendt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="327"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="336"/>
        <source>Plan a meeting</source>
        <translation>Planlæg et møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="339"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="358"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="348"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="356"/>
        <source>Edit meeting</source>
        <translation>Redigér møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="375"/>
        <source>%1 is now: %2</source>
        <translation>%1 er nu: %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="384"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="394"/>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="385"/>
        <source>Delete the meeting %1 on %2 and its agenda? This cannot be undone. A meeting that did not take place can be cancelled instead.</source>
        <translation>Vil du slette mødet %1 den %2 og dets dagsorden? Det kan ikke fortrydes. Et møde, der ikke blev holdt, kan i stedet aflyses.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="397"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="410"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="412"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="412"/>
        <source>Saved as %1.

Open it now?</source>
        <translation>Gemt som %1.

Vil du åbne den nu?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="445"/>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="452"/>
        <source>Save agenda as PDF</source>
        <translation>Gem dagsorden som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="452"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="460"/>
        <location filename="../../tankapp/ui/meetings/page.py" line="473"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="460"/>
        <source>Save minutes as PDF</source>
        <translation>Gem referat som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="473"/>
        <source>Save sign-in sheet as PDF</source>
        <translation>Gem fremmødeliste som PDF</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="437"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="456"/>
        <source>Save calendar invitation</source>
        <translation>Gem kalenderinvitation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/meetings/page.py" line="456"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="56"/>
        <source>Edit member</source>
        <translation>Redigér medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="56"/>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="63"/>
        <source>(not given)</source>
        <translation>(ikke oplyst)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="69"/>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="80"/>
        <source>e.g. Aarhus Kommune</source>
        <translation>fx Aarhus Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="83"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="85"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="86"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="87"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="88"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="89"/>
        <source>Job title:</source>
        <translation>Stilling:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="91"/>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="92"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="93"/>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="100"/>
        <source>who or what, if other</source>
        <translation>hvem eller hvad, hvis andet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="101"/>
        <source>Personally engaged in user involvement</source>
        <translation>Personligt engageret i brugerinddragelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="103"/>
        <source>Has a role that lets them act as a change agent</source>
        <translation>Har en rolle, hvor de kan virke som forandringsagent</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="108"/>
        <source>Date known</source>
        <translation>Dato kendt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="109"/>
        <source>Has withdrawn</source>
        <translation>Er udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="134"/>
        <source>Consent:</source>
        <translation>Samtykke:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="111"/>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="90"/>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="113"/>
        <source>Recruited via:</source>
        <translation>Rekrutteret via:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="114"/>
        <source>Details:</source>
        <translation>Uddybning:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="115"/>
        <source>Criterion 1:</source>
        <translation>Kriterium 1:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="116"/>
        <location filename="../../tankapp/ui/members/dialog.py" line="118"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="117"/>
        <source>Criterion 2:</source>
        <translation>Kriterium 2:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="119"/>
        <source>Joined:</source>
        <translation>Indtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="120"/>
        <source>Withdrawn:</source>
        <translation>Udtrådt:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="125"/>
        <source>May be named in documents sent to ViBIS</source>
        <translation>Må nævnes ved navn i dokumenter til ViBIS</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="126"/>
        <location filename="../../tankapp/ui/members/dialog.py" line="128"/>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="127"/>
        <source>May be contacted</source>
        <translation>Må kontaktes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="132"/>
        <source>Consent and notes</source>
        <translation>Samtykke og noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="138"/>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/dialog.py" line="147"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="105"/>
        <source>Filter by name, e-mail, organisation… (Ctrl+F)</source>
        <translation>Søg på navn, e-mail, organisation… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="60"/>
        <source>Show withdrawn</source>
        <translation>Vis udtrådte</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="61"/>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="62"/>
        <source>Add a member (Ctrl+N)</source>
        <translation>Tilføj et medlem (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="63"/>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="64"/>
        <location filename="../../tankapp/ui/members/page.py" line="220"/>
        <source>Withdraw</source>
        <translation>Markér som udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="65"/>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="66"/>
        <source>Copy e-mail addresses</source>
        <translation>Kopiér e-mailadresser</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="67"/>
        <source>Export all data about the member…</source>
        <translation>Eksportér alle data om medlemmet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="68"/>
        <source>Anonymise…</source>
        <translation>Anonymisér…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="69"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="76"/>
        <source>Personal data…</source>
        <translation>Persondata…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="78"/>
        <source>The member&apos;s rights (GDPR): a copy of all data about them, anonymising, deleting</source>
        <translation>Medlemmets rettigheder (GDPR): en kopi af alle data om personen, anonymisering, sletning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="85"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="86"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="87"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="88"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="89"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="93"/>
        <source>May be named</source>
        <translation>Må nævnes</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="99"/>
        <source>Withdrawn %1</source>
        <translation>Udtrådt %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="101"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="106"/>
        <source>No members yet. Add the first member, or import a list from Excel.</source>
        <translation>Der er ingen medlemmer endnu. Tilføj det første medlem, eller importér en liste fra Excel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="107"/>
        <source>Add the first member</source>
        <translation>Tilføj det første medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="182"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="212"/>
        <source>Choose a group in the filter above first.</source>
        <translation>Vælg først en gruppe i filteret ovenfor.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="220"/>
        <source>Reinstate</source>
        <translation>Genindsæt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="244"/>
        <location filename="../../tankapp/ui/members/page.py" line="265"/>
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="245"/>
        <source>add member %1</source>
        <translation>tilføjelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="266"/>
        <source>edit member %1</source>
        <translation>ændring af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="278"/>
        <source>reinstate %1</source>
        <translation>genindsættelse af %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="278"/>
        <source>%1 is active again</source>
        <translation>%1 er aktiv igen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="281"/>
        <source>withdraw %1</source>
        <translation>udtræden for %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="281"/>
        <source>%1 has withdrawn (Ctrl+Z undoes)</source>
        <translation>%1 er udtrådt (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="298"/>
        <source>Save all data about %1</source>
        <translation>Gem alle data om %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="299"/>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="309"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="313"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="315"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="315"/>
        <source>Saved as %1.

Open it now?</source>
        <translation>Gemt som %1.

Vil du åbne den nu?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="360"/>
        <source>%1 is now %2.</source>
        <translation>%1 er nu %2.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="361"/>
        <source>Anonymised: %1</source>
        <translation>Anonymiseret: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="366"/>
        <source>%1 is deleted.</source>
        <translation>%1 er slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="367"/>
        <source>Deleted: %1</source>
        <translation>Slettet: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="370"/>
        <source>%1 older backup was deleted.</source>
        <translation>%1 ældre sikkerhedskopi blev slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="371"/>
        <source>%1 older backups were deleted.</source>
        <translation>%1 ældre sikkerhedskopier blev slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="374"/>
        <source>No new backup could be made (%1): make a backup soon.</source>
        <translation>Der kunne ikke tages en ny sikkerhedskopi (%1): tag en sikkerhedskopi snarest.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="379"/>
        <source>%1 backup made earlier still holds the old data until it is rotated out.</source>
        <translation>%1 tidligere sikkerhedskopi indeholder stadig de gamle data, indtil den bliver udskiftet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="380"/>
        <source>%1 backups made earlier still hold the old data until they are rotated out.</source>
        <translation>%1 tidligere sikkerhedskopier indeholder stadig de gamle data, indtil de bliver udskiftet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="382"/>
        <source>Files exported earlier still hold it until they are deleted.</source>
        <translation>Filer, der er eksporteret tidligere, indeholder dem stadig, indtil de bliver slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="387"/>
        <source>The database file was rebuilt without the old data.</source>
        <translation>Databasefilen blev genopbygget uden de gamle data.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="389"/>
        <source>The change is saved, but the disk is too full to rebuild the database file without the old data: old data may stay in the file until it is rebuilt.</source>
        <translation>Ændringen er gemt, men disken er for fuld til at genopbygge databasefilen uden de gamle data: gamle data kan blive liggende i filen, indtil den bliver genopbygget.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="392"/>
        <source>The change is saved, but another program had the database open: old data may stay in its files until that program closes it.</source>
        <translation>Ændringen er gemt, men et andet program havde databasen åben: gamle data kan blive liggende i dens filer, indtil det program lukker den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/members/page.py" line="394"/>
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
        <location filename="../../tankapp/ui/privacy/dialog.py" line="223"/>
        <source>%1 attendance registration</source>
        <translation>%1 fremmøderegistrering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="208"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="224"/>
        <source>%1 attendance registrations</source>
        <translation>%1 fremmøderegistreringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="209"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="239"/>
        <source>%1 action</source>
        <translation>%1 opgave</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="209"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="239"/>
        <source>%1 actions</source>
        <translation>%1 opgaver</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="210"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="240"/>
        <source>%1 contribution</source>
        <translation>%1 vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="210"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="240"/>
        <source>%1 contributions</source>
        <translation>%1 vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="213"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="230"/>
        <source>%1 evaluation answer sheet</source>
        <translation>%1 evalueringsskema</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="214"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="231"/>
        <source>%1 evaluation answer sheets</source>
        <translation>%1 evalueringsskemaer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="215"/>
        <source>Kept under the new name, for the statistics: %1, the group, sector and region.</source>
        <translation>Bevares under det nye navn, til statistikken: %1, gruppen, sektoren og regionen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="217"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="244"/>
        <source>%1 text</source>
        <translation>%1 tekst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="217"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="244"/>
        <source>%1 texts</source>
        <translation>%1 tekster</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="218"/>
        <source>The name, e-mail address and phone number are replaced in %1.</source>
        <translation>Navnet, e-mailadressen og telefonnummeret erstattes i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="222"/>
        <source>the member&apos;s record</source>
        <translation>medlemmets oplysninger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="227"/>
        <source>%1 guest record under the name</source>
        <translation>%1 gæsteregistrering under navnet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="228"/>
        <source>%1 guest records under the name</source>
        <translation>%1 gæsteregistreringer under navnet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="233"/>
        <source>%1 interview note</source>
        <translation>%1 interviewnote</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="234"/>
        <source>%1 interview notes</source>
        <translation>%1 interviewnoter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="235"/>
        <source>%1 log entry</source>
        <translation>%1 logpost</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="235"/>
        <source>%1 log entries</source>
        <translation>%1 logposter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="236"/>
        <source>%1 is deleted for good. Removed: %2.</source>
        <translation>%1 slettes endeligt. Fjernes: %2.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="242"/>
        <source>Kept without the member (they are the group&apos;s work): %1.</source>
        <translation>Bevares uden medlemmet (de er gruppens arbejde): %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="245"/>
        <source>The name is replaced with %1 in %2; the e-mail address and phone number are removed from them.</source>
        <translation>Navnet erstattes med %1 i %2; e-mailadressen og telefonnummeret fjernes fra dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="250"/>
        <source>Note: %1 other person has the same name; texts naming them are changed as well.</source>
        <translation>Bemærk: %1 anden person har samme navn; tekster, der nævner vedkommende, ændres også.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="252"/>
        <source>Note: %1 other people have the same name; texts naming them are changed as well.</source>
        <translation>Bemærk: %1 andre personer har samme navn; tekster, der nævner dem, ændres også.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="258"/>
        <source>e-mail address</source>
        <translation>e-mailadresse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="259"/>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="260"/>
        <source>organisation name</source>
        <translation>organisationens navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="261"/>
        <source>job title</source>
        <translation>stillingsbetegnelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="262"/>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="263"/>
        <source>note on the recruitment</source>
        <translation>note om rekrutteringen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="264"/>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="265"/>
        <source>notes on the recruitment criteria</source>
        <translation>noter om rekrutteringskriterierne</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="266"/>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="267"/>
        <source>consent to be named</source>
        <translation>samtykke til at blive nævnt ved navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="268"/>
        <source>consent to be contacted</source>
        <translation>samtykke til at blive kontaktet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="269"/>
        <source>active membership (withdrawn today)</source>
        <translation>aktivt medlemskab (udtrådt i dag)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="270"/>
        <source>notes on their attendance</source>
        <translation>noter om medlemmets fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="271"/>
        <source>organisation on their guest records</source>
        <translation>organisation på medlemmets gæsteregistreringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="272"/>
        <source>interview notes</source>
        <translation>interviewnoter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="287"/>
        <source>Where the name is replaced:</source>
        <translation>Her erstattes navnet:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="288"/>
        <source>The name is not found in any other text.</source>
        <translation>Navnet står ikke i nogen anden tekst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="303"/>
        <source>Check this text: a first or last name stands alone there and is not replaced (it may be someone else, or an ordinary word). Add the words to replace below.</source>
        <translation>Tjek denne tekst: et fornavn eller efternavn står alene og erstattes ikke (det kan være en anden person eller et almindeligt ord). Tilføj ordene, der skal erstattes, nedenfor.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="305"/>
        <source>Check these %1 texts: a first or last name stands alone there and is not replaced (it may be someone else, or an ordinary word). Add the words to replace below.</source>
        <translation>Tjek disse %1 tekster: et fornavn eller efternavn står alene og erstattes ikke (det kan være en anden person eller et almindeligt ord). Tilføj ordene, der skal erstattes, nedenfor.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="310"/>
        <source>No text has a first or last name standing alone.</source>
        <translation>Ingen tekst har et fornavn eller efternavn stående alene.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="331"/>
        <source>%1 backup of the database was made earlier: it keeps the old data until it is rotated out (after up to 8 weeks) or deleted.</source>
        <translation>Der er taget %1 sikkerhedskopi af databasen tidligere: den beholder de gamle data, indtil den bliver udskiftet (efter op til 8 uger) eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="333"/>
        <source>%1 backups of the database were made earlier: they keep the old data until they are rotated out (after up to 8 weeks) or deleted.</source>
        <translation>Der er taget %1 sikkerhedskopier af databasen tidligere: de beholder de gamle data, indtil de bliver udskiftet (efter op til 8 uger) eller slettet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="336"/>
        <source>Also delete the older backups (%1)</source>
        <translation>Slet også de ældre sikkerhedskopier (%1)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/privacy/dialog.py" line="338"/>
        <source>No earlier backups of the database were found.</source>
        <translation>Der blev ikke fundet tidligere sikkerhedskopier af databasen.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="173"/>
        <source>Enter the member&apos;s name.</source>
        <translation>Skriv medlemmets navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="177"/>
        <source>The e-mail address is already used by {name} ({group}).</source>
        <translation>E-mailadressen bruges allerede af {name} ({group}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="179"/>
        <source>Choose an expert group.</source>
        <translation>Vælg en ekspertgruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="163"/>
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="174"/>
        <source>&apos;{email}&apos; is not a valid e-mail address (it should look like name@example.dk).</source>
        <translation>&apos;{email}&apos; er ikke en gyldig e-mailadresse (den skal ligne navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="178"/>
        <source>The withdrawal date is before the joining date. Correct one of them.</source>
        <translation>Udtrædelsesdatoen ligger før indtrædelsesdatoen. Ret en af dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="180"/>
        <source>The group no longer exists. Choose another group.</source>
        <translation>Gruppen findes ikke længere. Vælg en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="181"/>
        <source>Enter a name for the group.</source>
        <translation>Skriv et navn til gruppen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="182"/>
        <source>There is already a group named {name}.</source>
        <translation>Der findes allerede en gruppe med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="183"/>
        <source>The smallest size must not be above the largest.</source>
        <translation>Den mindste størrelse må ikke være større end den største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="184"/>
        <source>Choose when the project starts.</source>
        <translation>Vælg, hvornår projektet starter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="185"/>
        <source>The project must end after it starts.</source>
        <translation>Projektet skal slutte, efter det er startet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="186"/>
        <source>The meeting target must be between 1 and 1000.</source>
        <translation>Målet for antal møder skal være mellem 1 og 1000.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="187"/>
        <source>The smallest number of meetings must not be above the largest.</source>
        <translation>Det mindste antal møder må ikke være større end det største.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="188"/>
        <source>This database already holds a think tank.</source>
        <translation>Denne database indeholder allerede en tænketank.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="190"/>
        <source>Give the think tank a name.</source>
        <translation>Giv tænketanken et navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="194"/>
        <source>The name holds a line break or an invisible control character. Type it on one line.</source>
        <translation>Navnet indeholder et linjeskift eller et usynligt kontroltegn. Skriv det på én linje.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="197"/>
        <source>A member can commit to at most {max} meetings.</source>
        <translation>Et medlem kan højst forpligte sig til {max} møder.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="200"/>
        <source>Meetings outside the new period: {count}, the first on {date}. Start the period on that day or earlier, or move those meetings first.</source>
        <translation>Møder uden for den nye periode: {count}, det første den {date}. Lad perioden starte den dag eller før, eller flyt de møder først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="205"/>
        <source>Meetings outside the new period: {count}, the last on {date}. End the period on that day or later, or move those meetings first.</source>
        <translation>Møder uden for den nye periode: {count}, det sidste den {date}. Lad perioden slutte den dag eller senere, eller flyt de møder først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="210"/>
        <source>{path} is open in another tankapp window. Use that window, or close it first.</source>
        <translation>{path} er åben i et andet tankapp-vindue. Brug det vindue, eller luk det først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="213"/>
        <source>tankapp cannot use the folder of {path} (it is read-only, or you may not write there). Choose a folder you can write to.</source>
        <translation>tankapp kan ikke bruge mappen med {path} (den er skrivebeskyttet, eller du må ikke skrive der). Vælg en mappe, du kan skrive i.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="218"/>
        <source>{path} is not there any more (moved, deleted, or on a disk that is not connected).</source>
        <translation>{path} findes ikke længere (flyttet, slettet eller på et drev, der ikke er tilsluttet).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="221"/>
        <source>{path} is not a tankapp database, so tankapp did not open it. The file was left as it is.</source>
        <translation>{path} er ikke en tankapp-database, så tankapp åbnede den ikke. Filen er ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="224"/>
        <source>{path} is damaged, so tankapp did not open it. The file was left exactly as it is.</source>
        <translation>{path} er beskadiget, så tankapp åbnede den ikke. Filen er ikke ændret på nogen måde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="228"/>
        <source>{path} was made by a newer version of tankapp. Update tankapp to open it.</source>
        <translation>{path} er lavet af en nyere version af tankapp. Opdatér tankapp for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="231"/>
        <source>{path} already exists. A new database is always a new file: choose another name, or open that file with File &gt; Open database…</source>
        <translation>{path} findes allerede. En ny database er altid en ny fil: vælg et andet navn, eller åbn filen med Filer &gt; Åbn database…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="237"/>
        <source>Give the meeting a title.</source>
        <translation>Giv mødet en titel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="238"/>
        <source>Choose at least one expert group.</source>
        <translation>Vælg mindst én ekspertgruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="239"/>
        <source>Choose the meeting&apos;s date.</source>
        <translation>Vælg mødets dato.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="240"/>
        <source>Give the start and end times.</source>
        <translation>Angiv start- og sluttidspunkt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="241"/>
        <source>{date} is outside the project period ({start} to {end}). Choose a date within it.</source>
        <translation>{date} ligger uden for projektperioden ({start} til {end}). Vælg en dato inden for perioden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="244"/>
        <source>The meeting ends ({end}) before it starts ({start}). Check the times.</source>
        <translation>Mødet slutter ({end}), før det starter ({start}). Tjek tidspunkterne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="247"/>
        <source>Note: {group} already has a meeting that day ({title}).</source>
        <translation>Bemærk: {group} har allerede et møde den dag ({title}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="251"/>
        <source>A steering committee meeting cannot include expert groups. Choose either the steering committee or expert groups.</source>
        <translation>Et styregruppemøde kan ikke omfatte ekspertgrupper. Vælg enten styregruppen eller ekspertgrupper.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="255"/>
        <source>The think tank already has a steering committee: {name}.</source>
        <translation>Tænketanken har allerede en styregruppe: {name}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="258"/>
        <source>{name} already has meetings, evaluations or contributions, so it cannot change between expert group and steering committee.</source>
        <translation>{name} har allerede møder, evalueringer eller vidensbidrag og kan derfor ikke skifte mellem ekspertgruppe og styregruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="262"/>
        <source>The self-evaluation asks the expert groups. Leave the steering committee out.</source>
        <translation>Selvevalueringen spørger ekspertgrupperne. Fravælg styregruppen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="265"/>
        <source>{title} is a steering committee meeting. Share with an expert group&apos;s meeting.</source>
        <translation>{title} er et styregruppemøde. Del med et møde i en ekspertgruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="268"/>
        <source>Questions go to the expert groups, not to the steering committee.</source>
        <translation>Spørgsmål stilles til ekspertgrupperne, ikke til styregruppen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="271"/>
        <source>Knowledge contributions come from the expert groups. The steering committee gives none.</source>
        <translation>Vidensbidrag kommer fra ekspertgrupperne. Styregruppen giver ingen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="274"/>
        <source>Give the agenda item a title.</source>
        <translation>Giv dagsordenspunktet en titel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="275"/>
        <source>The planned time must be between 0 and 480 minutes.</source>
        <translation>Den planlagte tid skal være mellem 0 og 480 minutter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="278"/>
        <source>Give the template a name.</source>
        <translation>Giv skabelonen et navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="279"/>
        <source>There is already a template named {name}. Choose another name.</source>
        <translation>Der findes allerede en skabelon med navnet {name}. Vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="282"/>
        <source>The agenda has no items yet, so there is nothing to keep as a template.</source>
        <translation>Dagsordenen har ingen punkter endnu, så der er intet at gemme som skabelon.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="286"/>
        <source>The minutes of {title} were approved on {approved}. Unlock them to make changes.</source>
        <translation>Referatet af {title} blev godkendt {approved}. Lås det op for at ændre i det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="289"/>
        <source>{name} is not invited to {title}: not a member of its group that day.</source>
        <translation>{name} er ikke inviteret til {title}: ikke medlem af gruppen den dag.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="292"/>
        <source>{name} is not registered as late or as having left early, so there is no time to correct.</source>
        <translation>{name} er ikke registreret som kommet for sent eller gået tidligt, så der er intet tidspunkt at rette.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="295"/>
        <source>The leaving time {left} is before the arrival time {arrived}. Check the time.</source>
        <translation>Tidspunktet for at gå, {left}, ligger før ankomsten, {arrived}. Tjek tidspunktet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="298"/>
        <source>Write the guest&apos;s name.</source>
        <translation>Skriv gæstens navn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="299"/>
        <source>Write the decision.</source>
        <translation>Skriv beslutningen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="300"/>
        <source>Write what is to be done.</source>
        <translation>Skriv hvad der skal gøres.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="301"/>
        <source>An action has one owner: a member or a guest.</source>
        <translation>En opgave har én ansvarlig: et medlem eller en gæst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="302"/>
        <source>The due date {due} is before the meeting ({meeting}). Choose a date on or after it.</source>
        <translation>Fristen {due} ligger før mødet ({meeting}). Vælg en dato på eller efter mødedagen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="305"/>
        <source>Only the minutes of a held meeting can be approved. Mark the meeting as held first.</source>
        <translation>Kun referatet af et afholdt møde kan godkendes. Markér først mødet som afholdt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="308"/>
        <source>Say why the approved minutes must change.</source>
        <translation>Skriv hvorfor det godkendte referat skal ændres.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="310"/>
        <source>Same e-mail address as line {line}.</source>
        <translation>Samme e-mailadresse som række {line}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="313"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not yes or no (write ja or nej).</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er hverken ja eller nej (skriv ja eller nej).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="316"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not a date (write it as 25.11.2026 or 2026-11-25).</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er ikke en dato (skriv den som 25.11.2026 eller 2026-11-25).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="319"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; is not one of the choices tankapp knows.</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; er ikke en af de valgmuligheder, tankapp kender.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="322"/>
        <source>A quotation mark in column &apos;{column}&apos; is not closed, so lines {line}-{end} were read as one value. Remove the stray quotation mark or close it.</source>
        <translation>Et anførselstegn i kolonnen &apos;{column}&apos; lukkes ikke, så linje {line}-{end} blev læst som én værdi. Fjern det overskydende anførselstegn, eller luk det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="325"/>
        <source>The name in column &apos;{column}&apos; has a line break. Write it on one line.</source>
        <translation>Navnet i kolonnen &apos;{column}&apos; har et linjeskift. Skriv det på én linje.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="328"/>
        <source>Column &apos;{column}&apos; holds an invisible control character ({char}) that no one types. Remove it.</source>
        <translation>Kolonnen &apos;{column}&apos; indeholder et usynligt kontroltegn ({char}), som ingen skriver. Fjern det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="331"/>
        <source>Column &apos;{column}&apos; holds a character that could not be read (shown as �). The file may be saved in an unusual text encoding.</source>
        <translation>Kolonnen &apos;{column}&apos; indeholder et tegn, der ikke kunne læses (vist som �). Filen er måske gemt i en usædvanlig tegnkodning.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="334"/>
        <source>The value in column &apos;{column}&apos; is {length} characters long; at most {max} fit.</source>
        <translation>Værdien i kolonnen &apos;{column}&apos; er {length} tegn lang; der er plads til højst {max}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="337"/>
        <source>&apos;{value}&apos; in column &apos;{column}&apos; looks garbled: probably &apos;{fixed}&apos; saved in the wrong text encoding. Correct it in the file.</source>
        <translation>&apos;{value}&apos; i kolonnen &apos;{column}&apos; ser forvansket ud: sandsynligvis &apos;{fixed}&apos; gemt i en forkert tegnkodning. Ret det i filen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="340"/>
        <source>Line {line} is in another text encoding ({encoding}) than the rest of the file ({file_encoding}), so its letters cannot be trusted. Correct the line, or save the whole file as CSV UTF-8.</source>
        <translation>Linje {line} er i en anden tegnkodning ({encoding}) end resten af filen ({file_encoding}), så dens bogstaver er ikke til at stole på. Ret linjen, eller gem hele filen som CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="343"/>
        <source>Same person as line {line}: same name, and no e-mail address or organisation tells them apart.</source>
        <translation>Samme person som linje {line}: samme navn, og hverken e-mailadresse eller organisation skiller dem ad.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="346"/>
        <source>Already a member of {group} as {name}: same name, and no e-mail address or organisation tells them apart.</source>
        <translation>Allerede medlem af {group} som {name}: samme navn, og hverken e-mailadresse eller organisation skiller dem ad.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="350"/>
        <source>The file is not there any more. Choose it again.</source>
        <translation>Filen findes ikke længere. Vælg den igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="351"/>
        <source>The file could not be read. Check that it is not open in another program, and try again.</source>
        <translation>Filen kunne ikke læses. Tjek at den ikke er åben i et andet program, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="354"/>
        <source>tankapp can import CSV files and Excel workbooks (.xlsx). Save the list in one of those.</source>
        <translation>tankapp kan importere CSV-filer og Excel-projektmapper (.xlsx). Gem listen i et af de formater.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="357"/>
        <source>This is an old Excel file (.xls) or a protected workbook. Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Det er en gammel Excel-fil (.xls) eller en beskyttet projektmappe. Gem den som .xlsx eller CSV i Excel, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="360"/>
        <source>The Excel file is damaged and cannot be read. Save it again in Excel and retry.</source>
        <translation>Excel-filen er beskadiget og kan ikke læses. Gem den igen i Excel, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="363"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="364"/>
        <source>The file has no column with the members&apos; names. Name a column Navn (or Fornavn and Efternavn).</source>
        <translation>Filen har ingen kolonne med medlemmernes navne. Kald en kolonne Navn (eller Fornavn og Efternavn).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="367"/>
        <source>The file has column headings but no members below them.</source>
        <translation>Filen har kolonneoverskrifter, men ingen medlemmer under dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="368"/>
        <source>The file is larger than {max_mb} MB. A member list is far smaller; check that it is the right file.</source>
        <translation>Filen er større end {max_mb} MB. En medlemsliste er langt mindre; tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="371"/>
        <source>The file has more than {max} members; tankapp imports at most {max} at a time (a think tank has about 120). Check that it is the right file, or split it.</source>
        <translation>Filen har mere end {max} medlemmer; tankapp importerer højst {max} ad gangen (en tænketank har omkring 120). Tjek, at det er den rigtige fil, eller del den op.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="374"/>
        <source>The file has more than {max} lines or rows. Delete what is below the member list, or check that it is the right file.</source>
        <translation>Filen har mere end {max} linjer eller rækker. Slet det, der står under medlemslisten, eller tjek, at det er den rigtige fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="377"/>
        <source>The workbook would unpack to {size_mb} MB; tankapp opens workbooks that unpack to at most {max_mb} MB. Check that it is the right file, or save the list as CSV and import that.</source>
        <translation>Projektmappen ville fylde {size_mb} MB udpakket; tankapp åbner projektmapper, der fylder højst {max_mb} MB udpakket. Tjek, at det er den rigtige fil, eller gem listen som CSV, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="380"/>
        <source>This is not an ordinary Excel workbook: a part of it unpacks to {ratio} times its packed size, as files built to exhaust memory do. tankapp does not open it.</source>
        <translation>Dette er ikke en almindelig Excel-projektmappe: en del af den fylder {ratio} gange så meget udpakket som pakket, sådan som filer lavet til at opbruge hukommelsen gør. tankapp åbner den ikke.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="383"/>
        <source>The file contains NUL characters (the first on line {line}), so it is not a text file tankapp can read. Save the list from Excel as CSV UTF-8 or .xlsx and import that.</source>
        <translation>Filen indeholder NUL-tegn (det første på linje {line}), så det er ikke en tekstfil, tankapp kan læse. Gem listen fra Excel som CSV UTF-8 eller .xlsx, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="386"/>
        <source>The file looks like UTF-16 text (Excel&apos;s Unicode text) but cannot be read as such. Save it from Excel as CSV UTF-8 and import that.</source>
        <translation>Filen ligner UTF-16-tekst (Excels Unicode-tekst), men kan ikke læses som sådan. Gem den fra Excel som CSV UTF-8, og importér den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="389"/>
        <source>The value that starts on line {line} runs on for more than 100,000 characters, probably from a quotation mark there that is never closed. Remove that quotation mark and import the file again.</source>
        <translation>Værdien, der begynder på linje {line}, fortsætter i mere end 100.000 tegn, sandsynligvis fordi et anførselstegn dér aldrig lukkes. Fjern anførselstegnet, og importér filen igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="393"/>
        <source>{path} is the tankapp database, one of its working files or a backup of it. Choose another file.</source>
        <translation>{path} er tankapps database, en af dens arbejdsfiler eller en sikkerhedskopi af den. Vælg en anden fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="396"/>
        <source>{path} is not an ordinary file (it is a device, a pipe or the like). Choose another file.</source>
        <translation>{path} er ikke en almindelig fil (men en enhed, en pipe eller lignende). Vælg en anden fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="399"/>
        <source>{path} is write-protected. Choose another file, or remove the write protection first.</source>
        <translation>{path} er skrivebeskyttet. Vælg en anden fil, eller fjern først skrivebeskyttelsen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="403"/>
        <source>{path} is a folder. Give the name of the file to save.</source>
        <translation>{path} er en mappe. Skriv navnet på den fil, der skal gemmes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="406"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="407"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} er ikke en mappe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="408"/>
        <source>Cannot save in the folder {folder}.</source>
        <translation>Der kan ikke gemmes i mappen {folder}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="410"/>
        <source>The file {path} could not be saved: {reason}.</source>
        <translation>Filen {path} kunne ikke gemmes: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="413"/>
        <source>{path} has no file ending tankapp can write. Choose one of the file types offered.</source>
        <translation>{path} har ingen filendelse, som tankapp kan skrive. Vælg en af de filtyper, der tilbydes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="416"/>
        <source>There are no contributions to export (drafts not reviewed yet: {drafts}).</source>
        <translation>Der er ingen vidensbidrag at eksportere (kladder, der ikke er gennemset endnu: {drafts}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="420"/>
        <source>The meeting no longer exists.</source>
        <translation>Mødet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="421"/>
        <source>The member no longer exists.</source>
        <translation>Medlemmet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="422"/>
        <source>The guest is no longer at this meeting.</source>
        <translation>Gæsten er ikke længere med på dette møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="423"/>
        <source>The agenda item no longer exists.</source>
        <translation>Dagsordenspunktet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="424"/>
        <source>The decision no longer exists.</source>
        <translation>Beslutningen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="425"/>
        <source>The action no longer exists.</source>
        <translation>Opgaven findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="426"/>
        <source>The agenda template no longer exists.</source>
        <translation>Dagsordensskabelonen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="427"/>
        <source>There is no group named {name}.</source>
        <translation>Der er ingen gruppe med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="428"/>
        <source>There is no agenda item there.</source>
        <translation>Der er intet dagsordenspunkt dér.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="430"/>
        <source>Choose when the project ends.</source>
        <translation>Vælg, hvornår projektet slutter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="431"/>
        <source>No think tank is set up in this database yet.</source>
        <translation>Der er endnu ikke oprettet en tænketank i denne database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="432"/>
        <source>This database already holds a think tank; the demo needs a new, empty database.</source>
        <translation>Denne database indeholder allerede en tænketank; demoen skal have en ny, tom database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="435"/>
        <source>This database already holds a think tank; give the demo a new file.</source>
        <translation>Denne database indeholder allerede en tænketank; giv demoen en ny fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="439"/>
        <source>The built-in templates cannot be deleted.</source>
        <translation>De indbyggede skabeloner kan ikke slettes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="440"/>
        <source>The minutes are not approved, so there is nothing to unlock.</source>
        <translation>Referatet er ikke godkendt, så der er intet at låse op.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="444"/>
        <source>Line {line}: {problems}</source>
        <translation>Linje {line}: {problems}</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="508"/>
        <source>What was shared from another group&apos;s meeting no longer exists.</source>
        <translation>Det, der blev delt fra en anden gruppes møde, findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="521"/>
        <source>No question is answered. If the member did not want to answer, mark them as declined instead.</source>
        <translation>Intet spørgsmål er besvaret. Hvis medlemmet ikke ville svare, så markér det som afslået i stedet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="522"/>
        <source>Answer with a number from 1 to 5.</source>
        <translation>Svar med et tal fra 1 til 5.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="523"/>
        <source>The text is too long: at most {max} characters.</source>
        <translation>Teksten er for lang: højst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="524"/>
        <source>The questionnaire has no question &apos;{key}&apos;.</source>
        <translation>Spørgeskemaet har intet spørgsmål &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="525"/>
        <source>The member has been anonymised; nothing new can be recorded about them.</source>
        <translation>Medlemmet er anonymiseret; der kan ikke registreres noget nyt om det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="526"/>
        <source>The member withdrew on {date}, before the round opened ({opens}).</source>
        <translation>Medlemmet udtrådte {date}, før runden åbnede ({opens}).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="527"/>
        <source>The round does not ask the group {group}.</source>
        <translation>Runden spørger ikke gruppen {group}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="528"/>
        <source>Give the round a title.</source>
        <translation>Giv runden en titel.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="529"/>
        <source>Choose the day the round opens.</source>
        <translation>Vælg den dag, runden åbner.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="530"/>
        <source>The round closes before it opens. Check the dates.</source>
        <translation>Runden lukker, før den åbner. Tjek datoerne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="531"/>
        <source>Choose the kind of round.</source>
        <translation>Vælg hvilken slags runde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="532"/>
        <source>Choose at least one group to ask.</source>
        <translation>Vælg mindst én gruppe, der skal spørges.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="533"/>
        <source>{count} members have already answered this round, so it cannot be changed that way.</source>
        <translation>{count} medlemmer har allerede svaret i denne runde, så den kan ikke ændres på den måde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="534"/>
        <source>The evaluation round no longer exists.</source>
        <translation>Evalueringsrunden findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="535"/>
        <source>Choose two different rounds to compare.</source>
        <translation>Vælg to forskellige runder at sammenligne.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="536"/>
        <source>There are no evaluation answers to export yet.</source>
        <translation>Der er endnu ingen evalueringssvar at eksportere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="537"/>
        <source>There are no evaluation answers to report on yet.</source>
        <translation>Der er endnu ingen evalueringssvar at lave en rapport ud fra.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="538"/>
        <source>Write the note.</source>
        <translation>Skriv noten.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="539"/>
        <source>The interview note no longer exists.</source>
        <translation>Interviewnoten findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="540"/>
        <source>The questionnaire is not valid.</source>
        <translation>Spørgeskemaet er ikke gyldigt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="541"/>
        <source>Version {version} of this questionnaire exists already.</source>
        <translation>Version {version} af dette spørgeskema findes allerede.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="542"/>
        <source>The questionnaire no longer exists.</source>
        <translation>Spørgeskemaet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="545"/>
        <source>The disk is full, so the change was not saved. Everything saved before is kept. Free some space and try again.</source>
        <translation>Disken er fuld, så ændringen blev ikke gemt. Alt, der var gemt før, er bevaret. Frigør plads og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="548"/>
        <source>The database cannot be written to (the file, its folder or the disk is read-only), so the change was not saved. Copy the file to a folder you can write to and open that.</source>
        <translation>Databasen kan ikke skrives til (filen, dens mappe eller disken er skrivebeskyttet), så ændringen blev ikke gemt. Kopiér filen til en mappe, du kan skrive i, og åbn den dér.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="551"/>
        <source>The database is busy: another program has been writing to it for a long time. Nothing was changed; try again in a moment.</source>
        <translation>Databasen er optaget: et andet program har skrevet til den i lang tid. Intet blev ændret; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="554"/>
        <source>The database file is damaged, so the change was not saved. Restore it from a backup.</source>
        <translation>Databasefilen er beskadiget, så ændringen blev ikke gemt. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="557"/>
        <source>The database could not be used, so the change was not saved. Everything saved before is kept.</source>
        <translation>Databasen kunne ikke bruges, så ændringen blev ikke gemt. Alt, der var gemt før, er bevaret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="561"/>
        <source>Someone else changed or deleted the same thing at the same moment, so your change was not saved. What they saved is kept; look at it again and make your change once more if it is still needed.</source>
        <translation>En anden har ændret eller slettet det samme i samme øjeblik, så din ændring blev ikke gemt. Det, de gemte, er bevaret; se på det igen, og lav din ændring en gang til, hvis den stadig er nødvendig.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="564"/>
        <source>The database server could not be reached, so the change was not saved. Check the network connection and try again.</source>
        <translation>Der var ikke forbindelse til databaseserveren, så ændringen blev ikke gemt. Tjek netværksforbindelsen, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="567"/>
        <source>There is no database {path} on the server. Ask the server&apos;s administrator to create it.</source>
        <translation>Der findes ingen database {path} på serveren. Bed serverens administrator om at oprette den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="570"/>
        <source>The database {path} cannot hold a think tank: it holds other tables, it is not UTF-8, or its server lacks Danish sorting (ICU). Nothing was changed in it.</source>
        <translation>Databasen {path} kan ikke rumme en tænketank: den indeholder andre tabeller, den er ikke UTF-8, eller dens server kan ikke sortere på dansk (ICU). Der blev ikke ændret noget i den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="573"/>
        <source>The database server accepts no changes from you now (it is read-only, or your user may not change it), so the change was not saved.</source>
        <translation>Databaseserveren tager ikke imod ændringer fra dig lige nu (den er skrivebeskyttet, eller din bruger må ikke ændre i den), så ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="577"/>
        <source>{path} is not a tankapp package or change bundle. Nothing was imported.</source>
        <translation>{path} er ikke en tankapp-pakke eller en ændringsfil. Intet blev indlæst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="580"/>
        <source>{path} is damaged (its contents do not match its checksums). Nothing was imported. Ask for the file again.</source>
        <translation>{path} er beskadiget (indholdet passer ikke med kontrolsummerne). Intet blev indlæst. Bed om filen igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="583"/>
        <source>{path} was made by a newer version of tankapp. Update tankapp to import it. Nothing was imported.</source>
        <translation>{path} er lavet af en nyere version af tankapp. Opdatér tankapp for at indlæse den. Intet blev indlæst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="586"/>
        <source>There is no file {path}.</source>
        <translation>Filen {path} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="589"/>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} kunne ikke læses: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="592"/>
        <source>{path} belongs to another think tank ({name}), not to {ours}. Nothing was imported.</source>
        <translation>{path} hører til en anden tænketank ({name}), ikke til {ours}. Intet blev indlæst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="595"/>
        <source>Choose at least one meeting for the package.</source>
        <translation>Vælg mindst ét møde til pakken.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="598"/>
        <source>{path} holds a laptop&apos;s changes. Import it into the office database the package came from.</source>
        <translation>{path} indeholder ændringer fra en bærbar. Indlæs den i kontorets database, som pakken kom fra.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="601"/>
        <source>{path} is a package for another laptop. Open it in a new, empty database; this one already holds a think tank.</source>
        <translation>{path} er en pakke til en anden bærbar. Åbn den i en ny, tom database; denne har allerede en tænketank.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="604"/>
        <source>The package&apos;s files could not be kept in the data folder: {reason}.</source>
        <translation>Pakkens filer kunne ikke gemmes i datamappen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="607"/>
        <source>{path} is a package for a laptop, not a laptop&apos;s changes. Open it in a new, empty database.</source>
        <translation>{path} er en pakke til en bærbar, ikke ændringer fra en bærbar. Åbn den i en ny, tom database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="610"/>
        <source>{path} holds changes to a package this database did not send. Import it into the office database that sent the package.</source>
        <translation>{path} indeholder ændringer til en pakke, som denne database ikke har sendt. Indlæs den i den kontordatabase, der sendte pakken.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="613"/>
        <source>{path} has the id of changes imported before, but other contents. It was refused.</source>
        <translation>{path} har samme id som ændringer, der er indlæst før, men et andet indhold. Den blev afvist.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="616"/>
        <source>The laptop {label} sent other changes with number {seq} before, so these were refused (was its database copied to another laptop?).</source>
        <translation>Den bærbare {label} har før sendt andre ændringer med nummer {seq}, så disse blev afvist (er dens database kopieret til en anden bærbar?).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="619"/>
        <source>{path} could not be merged: a record in it clashes with one in this database ({detail}). Nothing was imported.</source>
        <translation>{path} kunne ikke flettes ind: en post i den støder sammen med en i denne database ({detail}). Intet blev indlæst.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="622"/>
        <source>This database was opened from a package (it is a laptop&apos;s). Only the office database sends packages and takes in changes.</source>
        <translation>Denne database er åbnet fra en pakke (den er en bærbars). Kun kontorets database sender pakker og indlæser ændringer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="625"/>
        <source>This database was not opened from a package, so it has no changes to send back.</source>
        <translation>Denne database er ikke åbnet fra en pakke, så den har ingen ændringer at sende tilbage.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="628"/>
        <source>The conflict no longer exists.</source>
        <translation>Konflikten findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="631"/>
        <source>There are {count} other values; choose one of them.</source>
        <translation>Der er {count} andre værdier; vælg en af dem.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="634"/>
        <source>Only texts can be kept both; choose one value.</source>
        <translation>Kun tekster kan beholdes begge; vælg én værdi.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="637"/>
        <source>That is not one of the conflict&apos;s values; choose one of the {count}.</source>
        <translation>Det er ikke en af konfliktens værdier; vælg en af de {count}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="640"/>
        <source>This conflict is already settled.</source>
        <translation>Denne konflikt er allerede afgjort.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="643"/>
        <source>The record cannot be brought back: what it belongs to was deleted. Resolve that conflict first.</source>
        <translation>Posten kan ikke hentes tilbage: det, den hører til, er slettet. Afgør den konflikt først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="646"/>
        <source>The record cannot be deleted: {count} other records refer to it. Delete those first.</source>
        <translation>Posten kan ikke slettes: {count} andre poster henviser til den. Slet dem først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="448"/>
        <source>Enter a title for the presentation.</source>
        <translation>Skriv en titel til vidensoplægget.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="449"/>
        <source>The title is too long: at most {max} characters.</source>
        <translation>Titlen er for lang: højst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="191"/>
        <location filename="../../tankapp/ui/common/texts.py" line="452"/>
        <source>The name is too long: at most {max} characters.</source>
        <translation>Navnet er for langt: højst {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="455"/>
        <source>“{title}” is on the agenda of: {meetings}. Take it off those agendas first, then delete it.</source>
        <translation>»{title}« er på dagsordenen for: {meetings}. Fjern det fra de dagsordener først, og slet det derefter.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="459"/>
        <source>The file “{file}” is not there any more. Choose it again.</source>
        <translation>Filen »{file}« findes ikke længere. Vælg den igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="462"/>
        <source>“{file}” is a folder, not a file. Choose a file.</source>
        <translation>»{file}« er en mappe, ikke en fil. Vælg en fil.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="465"/>
        <source>The file “{file}” could not be read. Check that it is not open in another program, or copy it to this computer first.</source>
        <translation>Filen »{file}« kunne ikke læses. Tjek at den ikke er åben i et andet program, eller kopiér den til denne computer først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="468"/>
        <source>The file could not be saved in tankapp&apos;s data folder. Check that there is free space on the disk.</source>
        <translation>Filen kunne ikke gemmes i tankapps datamappe. Tjek at der er ledig plads på disken.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="471"/>
        <source>Cancelled. The file was not added.</source>
        <translation>Annulleret. Filen blev ikke tilføjet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="472"/>
        <source>This file is already attached to the presentation as “{file}”.</source>
        <translation>Filen er allerede vedhæftet vidensoplægget som »{file}«.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="475"/>
        <source>The copied file disappeared from tankapp&apos;s data folder. Add the file again.</source>
        <translation>Den kopierede fil forsvandt fra tankapps datamappe. Tilføj filen igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="478"/>
        <source>The file “{file}” is missing from tankapp&apos;s data folder. It may have been deleted outside tankapp.</source>
        <translation>Filen »{file}« mangler i tankapps datamappe. Den kan være slettet uden for tankapp.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="481"/>
        <source>The file “{file}” in tankapp&apos;s data folder is damaged: it has changed since it was added.</source>
        <translation>Filen »{file}« i tankapps datamappe er beskadiget: den er ændret, siden den blev tilføjet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="458"/>
        <source>The presentation no longer exists.</source>
        <translation>Vidensoplægget findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="484"/>
        <source>The file no longer exists in the library.</source>
        <translation>Filen findes ikke længere i biblioteket.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="281"/>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="285"/>
        <source>Choose the backup to go back to. Everything changed after it was made is replaced by the backup.

The database as it is now is kept aside first, so nothing is lost: it appears in this list as “before restore”, and restoring that undoes the restore.</source>
        <translation>Vælg den sikkerhedskopi, du vil gå tilbage til. Alt, der er ændret, efter den blev taget, erstattes af sikkerhedskopien.

Databasen, som den er nu, gemmes først til side, så intet går tabt: den står i denne liste som “før gendannelse”, og gendanner du den, fortrydes gendannelsen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="293"/>
        <source>Choose another file…</source>
        <translation>Vælg en anden fil…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="297"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="304"/>
        <source>There are no backups of this database in %1 yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne database i %1.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="332"/>
        <source>(before restore)</source>
        <translation>(før gendannelse)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="334"/>
        <source>(cannot be opened)</source>
        <translation>(kan ikke åbnes)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="365"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="372"/>
        <location filename="../../tankapp/ui/backups/actions.py" line="376"/>
        <source>Choose a backup</source>
        <translation>Vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="365"/>
        <source>tankapp database (*.sqlite);;All files (*)</source>
        <translation>tankapp-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/backups/actions.py" line="375"/>
        <source>%1 is not a tankapp database that this tankapp can open.</source>
        <translation>%1 er ikke en tankapp-database, som denne tankapp kan åbne.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="55"/>
        <source>Welcome to tankapp</source>
        <translation>Velkommen til tankapp</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="55"/>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="60"/>
        <source>The new database %1 holds a think tank of its own. The six expert groups are created for you and can be renamed later.</source>
        <translation>Den nye database %1 får sin egen tænketank. De seks ekspertgrupper oprettes for dig og kan omdøbes senere.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="65"/>
        <source>Set up your think tank to begin. The six expert groups are created for you and can be renamed later. Or open the demo think tank to look around first.</source>
        <translation>Opret din tænketank for at komme i gang. De seks ekspertgrupper bliver oprettet for dig og kan omdøbes senere. Eller åbn demo-tænketanken, og se dig omkring først.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="72"/>
        <source>Set up your own think tank</source>
        <translation>Opret din egen tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="79"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="91"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="92"/>
        <source>Project starts:</source>
        <translation>Projektet starter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="93"/>
        <source>Length:</source>
        <translation>Varighed:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="94"/>
        <source>Project ends:</source>
        <translation>Projektet slutter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="95"/>
        <source>Meeting target:</source>
        <translation>Mål for antal møder:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="96"/>
        <source>Expert groups:</source>
        <translation>Ekspertgrupper:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="97"/>
        <source>Set up think tank</source>
        <translation>Opret tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="116"/>
        <source>Try it first</source>
        <translation>Prøv først</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="120"/>
        <source>A fictional think tank with six groups, members and meetings, to try everything safely. It is kept in a file of its own, apart from your think tank: the window&apos;s title says “Demo” while it is open.</source>
        <translation>En opdigtet tænketank med seks grupper, medlemmer og møder, så du trygt kan prøve det hele. Den ligger i sin egen fil, adskilt fra din tænketank: vinduets titel siger “Demo”, mens den er åben.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/setup_dialog.py" line="113"/>
        <source>Open the demo think tank</source>
        <translation>Åbn demo-tænketanken</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="493"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="64"/>
        <source>Only a held meeting&apos;s notes, decisions and contributions can be shared. Mark the meeting as held first.</source>
        <translation>Kun noter, beslutninger og vidensbidrag fra et afholdt møde kan deles. Markér først mødet som afholdt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="496"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="66"/>
        <source>Tick at least one note, decision or contribution to share.</source>
        <translation>Sæt flueben ved mindst én note, beslutning eller ét vidensbidrag, der skal deles.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="499"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="67"/>
        <source>Something you ticked is no longer in the meeting&apos;s minutes. Close this window and open it again.</source>
        <translation>Noget af det, du har sat flueben ved, findes ikke længere i mødets referat. Luk vinduet, og åbn det igen.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="502"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="69"/>
        <source>That is a meeting of the same group. Share with another group&apos;s meeting.</source>
        <translation>Det er et møde i samme gruppe. Del med et møde i en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="505"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="71"/>
        <source>That meeting is not a coming meeting. Choose a planned meeting after this one.</source>
        <translation>Mødet er ikke et kommende møde. Vælg et planlagt møde efter dette.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="511"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="73"/>
        <source>Choose the group to ask.</source>
        <translation>Vælg den gruppe, der skal spørges.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="512"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="74"/>
        <source>A group asks another group, not itself.</source>
        <translation>En gruppe kan ikke spørge sig selv. Vælg en anden gruppe.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="513"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="75"/>
        <source>Write the question.</source>
        <translation>Skriv spørgsmålet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="514"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="76"/>
        <source>That group is not at this meeting.</source>
        <translation>Gruppen er ikke med på dette møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="515"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="77"/>
        <source>Write the answer.</source>
        <translation>Skriv svaret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="516"/>
        <location filename="../../tankapp/ui/sharing/page.py" line="78"/>
        <source>The question was put to a group that is not at this meeting.</source>
        <translation>Spørgsmålet blev stillet til en gruppe, der ikke er med på dette møde.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/common/texts.py" line="519"/>
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
    <name>Status</name>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="106"/>
        <source>Meetings held over time: %1 of %2 held, %3 planned. The dashed grey line is the even pace to the target; the blue line the meetings held, dashed where planned.</source>
        <translation>Holdte møder over tid: %1 af %2 holdt, %3 planlagt. Den grå stiplede linje er det jævne tempo frem til målet; den blå linje er de holdte møder, stiplet hvor de er planlagt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="211"/>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="212"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="213"/>
        <source>Even pace to the target</source>
        <translation>Jævnt tempo frem til målet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="214"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="268"/>
        <source>%1: %2 members (target %3-%4)</source>
        <translation>%1: %2 medlemmer (ønsket %3-%4)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="272"/>
        <source>Members per group against the target size:</source>
        <translation>Medlemmer pr. gruppe mod det ønskede antal:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="306"/>
        <location filename="../../tankapp/ui/status/dashboard.py" line="142"/>
        <source>… and %1 more</source>
        <translation>… og %1 mere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="312"/>
        <source>Target size</source>
        <translation>Ønsket antal</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="318"/>
        <source>too few</source>
        <translation>for få</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="320"/>
        <source>too many</source>
        <translation>for mange</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="347"/>
        <source>%1 meetings: %2 members</source>
        <translation>%1 møder: %2 medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="351"/>
        <source>Members by meetings attended, against the commitment of %1-%2 meetings:</source>
        <translation>Medlemmer efter antal møder, de har deltaget i, mod forpligtelsen på %1-%2 møder:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="388"/>
        <source>Meetings attended</source>
        <translation>Møder deltaget i</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="389"/>
        <source>Commitment: %1-%2 meetings</source>
        <translation>Forpligtelse: %1-%2 møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/charts.py" line="496"/>
        <source>Contributions in the framework:</source>
        <translation>Bidrag i rammen:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="255"/>
        <source>No think tank is set up in this database yet.</source>
        <translation>Der er endnu ikke oprettet en tænketank i denne database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="266"/>
        <source>Next meetings</source>
        <translation>Næste møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="267"/>
        <source>Overdue follow-ups</source>
        <translation>Opgaver over tid</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="426"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="429"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="430"/>
        <source>the project period has ended</source>
        <translation>projektperioden er slut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="431"/>
        <source>%1 months left</source>
        <translation>%1 måneder tilbage</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="433"/>
        <source>%1. Project period %2 to %3, %4.</source>
        <translation>%1. Projektperiode %2 til %3, %4.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="439"/>
        <source>Meetings held: %1 of %2 · planned from today: %3 · active members: %4 in %5 groups</source>
        <translation>Møder holdt: %1 af %2 · planlagt fra i dag: %3 · aktive medlemmer: %4 i %5 grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="460"/>
        <source>Groups established: %1 (to be established: %2)</source>
        <translation>Grupper etableret: %1 (skal etableres: %2)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="462"/>
        <source>Within their target size: %1 of %2</source>
        <translation>Med det ønskede antal medlemmer: %1 af %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="470"/>
        <source>Held: %1 of %2 (joint meetings count once: %3)</source>
        <translation>Holdt: %1 af %2 (fællesmøder tæller én gang: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="472"/>
        <source>Planned from today: %1</source>
        <translation>Planlagt fra i dag: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="476"/>
        <source>Needed: %1 meetings a month in the %2 months left (the plan&apos;s even pace: %3)</source>
        <translation>Nødvendigt: %1 møder om måneden i de %2 måneder, der er tilbage (planens jævne tempo: %3)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="487"/>
        <source>Still planned though the day has passed: mark them held or cancelled</source>
        <translation>Stadig planlagt, selv om dagen er gået: markér dem som holdt eller aflyst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="496"/>
        <source>missing: %1</source>
        <translation>mangler: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="502"/>
        <source>Held meetings with both a knowledge presentation and a discussion of dissemination: %1 of %2</source>
        <translation>Holdte møder med både vidensoplæg og drøftelse af spredning: %1 af %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="505"/>
        <source>Held meetings that lacked one</source>
        <translation>Holdte møder, der manglede et af dem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="507"/>
        <source>Coming meetings whose agenda lacks one</source>
        <translation>Kommende møder, hvis dagsorden mangler et af dem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="512"/>
        <source>%1 (%2): attended %3, meetings left %4</source>
        <translation>%1 (%2): deltaget i %3, møder tilbage %4</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="521"/>
        <source>Active members: %1; commitment %2-%3 meetings</source>
        <translation>Aktive medlemmer: %1; forpligtelse %2-%3 møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="523"/>
        <source>Reached the minimum: %1 · can still reach it: %2 · at risk: %3 · below: %4</source>
        <translation>Har nået minimum: %1 · kan stadig nå det: %2 · i fare: %3 · under: %4</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="529"/>
        <source>Below the commitment</source>
        <translation>Under forpligtelsen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="531"/>
        <source>At risk: only every meeting left is enough</source>
        <translation>I fare: kun alle de resterende møder er nok</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="538"/>
        <source>In all: %1 (drafts %2, reviewed %3, sent %4)</source>
        <translation>I alt: %1 (kladder %2, gennemset %3, sendt %4)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="540"/>
        <source>Not yet sorted into the framework: %1 · empty cells: %2 of %3</source>
        <translation>Endnu ikke sorteret i rammen: %1 · tomme felter: %2 af %3</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="545"/>
        <source>Contributions by kind:</source>
        <translation>Bidrag efter type:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="556"/>
        <source>Held meetings without a contribution</source>
        <translation>Holdte møder uden bidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="567"/>
        <source>%1: %2 of %3 answered (%4), %5 declined</source>
        <translation>%1: %2 af %3 har svaret (%4), %5 har takket nej</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="572"/>
        <source>Baseline answers: %1</source>
        <translation>Svar på førmålingen: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="578"/>
        <source>too few answers</source>
        <translation>for få svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="580"/>
        <source>%1 agree (%2 answers)</source>
        <translation>%1 enige (%2 svar)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="582"/>
        <source>Target: %1 agree</source>
        <translation>Mål: %1 enige</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="584"/>
        <source>Share who agree (4 or 5) with each success statement:</source>
        <translation>Andel, der er enige (4 eller 5) i hvert succesudsagn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="590"/>
        <source>%1: %2 answered; agree %3</source>
        <translation>%1: %2 har svaret; enige %3</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="593"/>
        <source>%1: %2 answered – too few answers to show</source>
        <translation>%1: %2 har svaret – for få svar til at blive vist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="596"/>
        <source>%1: %2 answered – not shown, so that a small group&apos;s answers cannot be worked out</source>
        <translation>%1: %2 har svaret – vises ikke, så en lille gruppes svar ikke kan regnes ud</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="606"/>
        <source>not yet on the agenda: %1</source>
        <translation>endnu ikke på dagsordenen: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="608"/>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="614"/>
        <source>No meetings are planned from today.</source>
        <translation>Der er ingen planlagte møder fra i dag.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="620"/>
        <source>no one</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="621"/>
        <source>1 day ago</source>
        <translation>1 dag siden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="622"/>
        <source>%1 days ago</source>
        <translation>%1 dage siden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="623"/>
        <source>Due %1 (%2): %3 – %4; from </source>
        <translation>Frist %1 (%2): %3 – %4; fra </translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="629"/>
        <source>Overdue follow-ups: %1</source>
        <translation>Opgaver over tid: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/dashboard.py" line="630"/>
        <source>No action item is past its due date.</source>
        <translation>Ingen opgave har overskredet sin frist.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="42"/>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="43"/>
        <source>On track</source>
        <translation>På rette vej</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="44"/>
        <source>At risk</source>
        <translation>I fare</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="45"/>
        <source>Not met</source>
        <translation>Ikke opfyldt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="46"/>
        <source>Not yet measurable</source>
        <translation>Kan endnu ikke måles</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="59"/>
        <source>Expert groups established</source>
        <extracomment>The state&apos;s colour: a background for white text (contrast 4.5:1 or more), never the only sign.</extracomment>
        <translation>Ekspertgrupperne er etableret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="60"/>
        <source>Meetings held</source>
        <translation>Afholdte møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="61"/>
        <source>Knowledge and dissemination at every meeting</source>
        <translation>Viden og spredning på hvert møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="62"/>
        <source>Members&apos; attendance</source>
        <translation>Medlemmernes fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="63"/>
        <source>Knowledge contributions</source>
        <translation>Vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="64"/>
        <location filename="../../tankapp/ui/status/words.py" line="74"/>
        <source>Self-evaluation</source>
        <translation>Selvevaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="69"/>
        <source>Groups</source>
        <extracomment>Short titles for the strip of tiles at the top.</extracomment>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="70"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="71"/>
        <source>Knowledge and dissemination</source>
        <translation>Viden og spredning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="72"/>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="73"/>
        <source>Contributions</source>
        <translation>Vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="78"/>
        <source>All {groups} groups are established and within their target size.</source>
        <translation>Alle {groups} grupper er etableret og har det ønskede antal medlemmer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="79"/>
        <source>{groups} of {required} groups are established.</source>
        <translation>{groups} af {required} grupper er etableret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="80"/>
        <source>Groups outside their target size: {outside} of {groups}.</source>
        <translation>Grupper uden for det ønskede antal medlemmer: {outside} af {groups}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="81"/>
        <source>{held} of {target} meetings held: the target is reached.</source>
        <translation>{held} af {target} møder er holdt: målet er nået.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="82"/>
        <source>{held} of {target} meetings were held in the project period.</source>
        <translation>{held} af {target} møder blev holdt i projektperioden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="83"/>
        <source>{held} of {target} held; with the {planned} planned the target is reached.</source>
        <translation>{held} af {target} holdt; med de {planned} planlagte nås målet.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="85"/>
        <source>{held} of {target} held, {planned} planned; {remaining} to go in {months} months: {pace} a month.</source>
        <translation>{held} af {target} holdt, {planned} planlagt; {remaining} mangler på {months} måneder: {pace} om måneden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="87"/>
        <source>{held} held and {planned} planned, behind the {expected} of {target} the plan expects by now; {pace} a month needed.</source>
        <translation>{held} holdt og {planned} planlagt, bagud i forhold til de {expected} af {target}, planen forventer nu; {pace} om måneden er nødvendigt.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="91"/>
        <location filename="../../tankapp/ui/status/words.py" line="110"/>
        <source>No meeting has been held yet.</source>
        <translation>Der er ikke holdt noget møde endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="92"/>
        <source>Held meetings without a knowledge presentation or a discussion of dissemination: {missing} of {held}.</source>
        <translation>Holdte møder uden vidensoplæg eller drøftelse af spredning: {missing} af {held}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="95"/>
        <source>Coming meetings without a knowledge presentation or a discussion of dissemination on the agenda: {missing}.</source>
        <translation>Kommende møder uden vidensoplæg eller drøftelse af spredning på dagsordenen: {missing}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="98"/>
        <source>Every held meeting had a knowledge presentation and a discussion of dissemination ({held} meetings).</source>
        <translation>Alle holdte møder havde vidensoplæg og drøftelse af spredning ({held} møder).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="101"/>
        <source>There are no active members yet.</source>
        <translation>Der er ingen aktive medlemmer endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="102"/>
        <source>Members who can no longer reach {min} meetings: {below}.</source>
        <translation>Medlemmer, der ikke længere kan nå {min} møder: {below}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="103"/>
        <source>Members who attended fewer than {min} meetings: {below}.</source>
        <translation>Medlemmer, der deltog i færre end {min} møder: {below}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="104"/>
        <source>Members who reach {min} meetings only by coming to every meeting left: {at_risk}.</source>
        <translation>Medlemmer, der kun når {min} møder ved at komme til alle de resterende møder: {at_risk}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="106"/>
        <source>Every member has attended at least {min} meetings ({members} members).</source>
        <translation>Alle medlemmer har deltaget i mindst {min} møder ({members} medlemmer).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="108"/>
        <source>Attended {min} meetings so far: {reached} of {members} members; the others can still make it.</source>
        <translation>Har deltaget i {min} møder indtil nu: {reached} af {members} medlemmer; de øvrige kan stadig nå det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="111"/>
        <source>Held meetings without any knowledge contribution: {missing} of {held}.</source>
        <translation>Holdte møder uden vidensbidrag: {missing} af {held}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="113"/>
        <source>Contributions: {total}; every held meeting gave at least one.</source>
        <translation>Bidrag: {total}; alle holdte møder har givet mindst ét.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="114"/>
        <source>There is no end evaluation yet.</source>
        <translation>Der er ingen slutevaluering endnu.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="115"/>
        <source>Too few answers to the end evaluation yet: {answered} of {asked} (at least {min_answers} needed).</source>
        <translation>For få svar på slutevalueringen endnu: {answered} af {asked} (mindst {min_answers} skal svare).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="117"/>
        <source>At least {target} % agree with each of the {statements} statements ({answered} answers).</source>
        <translation>Mindst {target} % er enige i hvert af de {statements} udsagn ({answered} svar).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="119"/>
        <source>Statements fewer than {target} % agree with: {below} of {statements}.</source>
        <translation>Udsagn, som færre end {target} % er enige i: {below} af {statements}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/words.py" line="121"/>
        <source>Statements with too few answers to show: {hidden} of {statements}.</source>
        <translation>Udsagn med for få svar til at blive vist: {hidden} af {statements}.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="31"/>
        <source>Status report (PDF)…</source>
        <translation>Statusrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="32"/>
        <source>Evaluation report (PDF)…</source>
        <translation>Evalueringsrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="38"/>
        <source>The success criteria with their states, figures and charts, for the steering committee. No member is named.</source>
        <translation>Succeskriterierne med deres status, tal og diagrammer, til styregruppen. Ingen medlemmer nævnes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="39"/>
        <source>The final evaluation report with charts, for the steering committee: every round, all groups. No member is named.</source>
        <translation>Den endelige evalueringsrapport med diagrammer, til styregruppen: alle runder, alle grupper. Ingen medlemmer nævnes.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="46"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="79"/>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="80"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="81"/>
        <source>Saved as %1.

Open it now?</source>
        <translation>Gemt som %1.

Vil du åbne den nu?</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/status/reports.py" line="90"/>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="32"/>
        <source>tankapp package or changes (*.tankpkg);;All files (*)</source>
        <translation>tankapp-pakke eller ændringer (*.tankpkg);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="56"/>
        <source>%1 more</source>
        <translation>%1 flere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="67"/>
        <source>Export &amp;package for meetings…</source>
        <translation>Eksportér &amp;pakke til møder…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="68"/>
        <source>One file with what it takes to run meetings on another laptop</source>
        <translation>Én fil med det, der skal til for at holde møder på en anden bærbar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="70"/>
        <source>Send c&amp;hanges…</source>
        <translation>Send &amp;ændringer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="71"/>
        <source>On a laptop opened from a package: everything changed since, for the office</source>
        <translation>På en bærbar åbnet fra en pakke: alt, hvad der er ændret siden, til kontoret</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="73"/>
        <source>I&amp;mport package or changes…</source>
        <translation>Ind&amp;læs pakke eller ændringer…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="74"/>
        <source>A package: opened in a new database. A laptop&apos;s changes: merged in here</source>
        <translation>En pakke: åbnes i en ny database. Ændringer fra en bærbar: flettes ind her</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="76"/>
        <source>Con&amp;flicts…</source>
        <translation>Kon&amp;flikter…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="77"/>
        <location filename="../../tankapp/ui/sync/actions.py" line="84"/>
        <source>Values changed both here and on a laptop, for you to choose</source>
        <translation>Værdier ændret både her og på en bærbar, som du skal vælge imellem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="107"/>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="107"/>
        <source>%1 conflicts</source>
        <translation>%1 konflikter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="145"/>
        <source>Export package for meetings</source>
        <translation>Eksportér pakke til møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="152"/>
        <source>This database was opened from a package (it is a laptop&apos;s), so it sends its changes back instead: File &gt; Send changes…. Packages are exported from the office database.</source>
        <translation>Denne database er åbnet fra en pakke (den er en bærbars), så den sender i stedet sine ændringer tilbage: Filer &gt; Send ændringer…. Pakker eksporteres fra kontorets database.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="173"/>
        <source>Package saved as %1</source>
        <translation>Pakken er gemt som %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="175"/>
        <source>1 file</source>
        <translation>1 fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="175"/>
        <source>%1 files</source>
        <translation>%1 filer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="176"/>
        <source>The package is saved as %1.

It holds %2 (%3): %4; %5.</source>
        <translation>Pakken er gemt som %1.

Den indeholder %2 (%3): %4; %5.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="180"/>
        <source>It holds personal data and only you can read it. Give it only to the person running the meetings, and delete it once their laptop has opened it.</source>
        <translation>Den indeholder personoplysninger, og kun du kan læse den. Giv den kun til den, der skal holde møderne, og slet den, når den bærbare har åbnet den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="183"/>
        <source>Left out, because they are not in the data folder: %1</source>
        <translation>Udeladt, fordi de ikke findes i datamappen: %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="188"/>
        <location filename="../../tankapp/ui/sync/actions.py" line="254"/>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="203"/>
        <location filename="../../tankapp/ui/sync/actions.py" line="207"/>
        <source>Meeting package</source>
        <translation>Mødepakke</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="208"/>
        <source>Meeting package %1 meetings from %2</source>
        <translation>Mødepakke %1 møder fra %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="212"/>
        <source>Send changes</source>
        <translation>Send ændringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="219"/>
        <source>This database was not opened from a package, so it has no changes to send back. On a laptop, first open the package from the office (File &gt; Import package or changes…), run the meetings in it, and then send its changes.</source>
        <translation>Denne database er ikke åbnet fra en pakke, så den har ingen ændringer at sende tilbage. På en bærbar åbner du først pakken fra kontoret (Filer &gt; Indlæs pakke eller ændringer…), holder møderne i den og sender så dens ændringer.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="224"/>
        <location filename="../../tankapp/ui/sync/actions.py" line="358"/>
        <source>laptop</source>
        <translation>bærbar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="225"/>
        <source>Changes from %1 no. %2</source>
        <translation>Ændringer fra %1 nr. %2</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="237"/>
        <source>Changes saved as %1</source>
        <translation>Ændringerne er gemt som %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="240"/>
        <source>Nothing has changed since the package was opened; %1 says so (changes file no. %2).</source>
        <translation>Intet er ændret, siden pakken blev åbnet; det står i %1 (ændringsfil nr. %2).</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="243"/>
        <source>1 change is saved in %1 (changes file no. %2)</source>
        <translation>1 ændring er gemt i %1 (ændringsfil nr. %2)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="244"/>
        <source>%3 changes are saved in %1 (changes file no. %2)</source>
        <translation>%3 ændringer er gemt i %1 (ændringsfil nr. %2)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="246"/>
        <source>added %1; changed %2; deleted %3.</source>
        <translation>tilføjet %1; ændret %2; slettet %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="248"/>
        <source>Take the file to the office and import it there (File &gt; Import package or changes…). Each file holds every change so far, so a lost file is made good by the next. It holds personal data: delete it once the office has imported it.</source>
        <translation>Tag filen med til kontoret, og indlæs den dér (Filer &gt; Indlæs pakke eller ændringer…). Hver fil indeholder alle ændringer indtil nu, så en fil, der bliver væk, indhentes af den næste. Den indeholder personoplysninger: slet den, når kontoret har indlæst den.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="265"/>
        <source>Import package or changes</source>
        <translation>Indlæs pakke eller ændringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="287"/>
        <source>Import changes from a laptop</source>
        <translation>Indlæs ændringer fra en bærbar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="296"/>
        <source>The changes from the laptop “%1” (changes file no. %2) were imported before; nothing changes.</source>
        <translation>Ændringerne fra den bærbare “%1” (ændringsfil nr. %2) er indlæst før; intet ændres.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="301"/>
        <source>A newer changes file (no. %3) from the laptop “%1” was imported already, and it holds these changes (no. %2) too; nothing changes.</source>
        <translation>En nyere ændringsfil (nr. %3) fra den bærbare “%1” er allerede indlæst, og den indeholder også disse ændringer (nr. %2); intet ændres.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="314"/>
        <source>Imported the changes from %1</source>
        <translation>Ændringerne fra %1 er indlæst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="315"/>
        <source>Imported the changes from the laptop “%1” (changes file no. %2): added %3; changed %4; deleted %5.</source>
        <translation>Ændringerne fra den bærbare “%1” (ændringsfil nr. %2) er indlæst: tilføjet %3; ændret %4; slettet %5.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="320"/>
        <source>1 conflict waits for you to choose.</source>
        <translation>1 konflikt venter på, at du vælger.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="321"/>
        <source>%1 conflicts wait for you to choose.</source>
        <translation>%1 konflikter venter på, at du vælger.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="325"/>
        <source>Show the conflicts</source>
        <translation>Vis konflikterne</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="326"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="341"/>
        <source>Open a package</source>
        <translation>Åbn en pakke</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="345"/>
        <source>%1 is a package from “%2” for %3: %4.</source>
        <translation>%1 er en pakke fra “%2” til %3: %4.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="347"/>
        <source>A package is opened in a new database file of its own, which this laptop then uses to run the meetings. The database open now (%1) stays as it is. Afterwards, File &gt; Send changes… writes what changed, for the office.</source>
        <translation>En pakke åbnes i sin egen nye databasefil, som denne bærbare så bruger til at holde møderne. Databasen, der er åben nu (%1), forbliver som den er. Bagefter skriver Filer &gt; Send ændringer… det, der er ændret, til kontoret.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="351"/>
        <source>Create a new database for it…</source>
        <translation>Opret en ny database til den…</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="360"/>
        <source>New database for the package</source>
        <translation>Ny database til pakken</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="361"/>
        <source>tankapp database (*.sqlite);;All files (*)</source>
        <translation>tankapp-database (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="377"/>
        <source>The package is open in %1: %2; %3.</source>
        <translation>Pakken er åbnet i %1: %2; %3.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/actions.py" line="379"/>
        <source>Run the meetings as usual. Afterwards, File &gt; Send changes… writes what changed, for the office to import.</source>
        <translation>Hold møderne som sædvanligt. Bagefter skriver Filer &gt; Send ændringer… det, der er ændret, så kontoret kan indlæse det.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="49"/>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="49"/>
        <source>resolved</source>
        <translation>afgjort</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="49"/>
        <source>settled with its record</source>
        <translation>afgjort sammen med posten</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="19"/>
        <source>think tank</source>
        <translation>tænketank</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="19"/>
        <source>think tanks</source>
        <translation>tænketanke</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="20"/>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="20"/>
        <source>groups</source>
        <translation>grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="21"/>
        <source>member</source>
        <translation>medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="21"/>
        <source>members</source>
        <translation>medlemmer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="22"/>
        <source>meeting</source>
        <translation>møde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="22"/>
        <source>meetings</source>
        <translation>møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="23"/>
        <source>knowledge presentation</source>
        <translation>vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="23"/>
        <source>knowledge presentations</source>
        <translation>vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="24"/>
        <source>attached file</source>
        <translation>vedhæftet fil</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="24"/>
        <source>attached files</source>
        <translation>vedhæftede filer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="25"/>
        <source>agenda item</source>
        <translation>dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="25"/>
        <source>agenda items</source>
        <translation>dagsordenspunkter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="26"/>
        <source>guest</source>
        <translation>gæst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="26"/>
        <source>guests</source>
        <translation>gæster</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="27"/>
        <source>decision</source>
        <translation>beslutning</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="27"/>
        <source>decisions</source>
        <translation>beslutninger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="28"/>
        <source>action item</source>
        <translation>opgave</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="28"/>
        <source>action items</source>
        <translation>opgaver</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="29"/>
        <source>attendance registration</source>
        <translation>fremmøderegistrering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="29"/>
        <source>attendance registrations</source>
        <translation>fremmøderegistreringer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="30"/>
        <source>log entry</source>
        <translation>logpost</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="30"/>
        <source>log entries</source>
        <translation>logposter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="31"/>
        <source>knowledge contribution</source>
        <translation>vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="31"/>
        <source>knowledge contributions</source>
        <translation>vidensbidrag</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="32"/>
        <source>digest for another group</source>
        <translation>opsamling til en anden gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="32"/>
        <source>digests for other groups</source>
        <translation>opsamlinger til andre grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="33"/>
        <source>question to another group</source>
        <translation>spørgsmål til en anden gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="33"/>
        <source>questions to other groups</source>
        <translation>spørgsmål til andre grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="34"/>
        <source>questionnaire</source>
        <translation>spørgeskema</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="34"/>
        <source>questionnaires</source>
        <translation>spørgeskemaer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="35"/>
        <source>questionnaire question</source>
        <translation>spørgsmål i spørgeskemaet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="35"/>
        <source>questionnaire questions</source>
        <translation>spørgsmål i spørgeskemaet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="36"/>
        <source>self-evaluation round</source>
        <translation>selvevalueringsrunde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="36"/>
        <source>self-evaluation rounds</source>
        <translation>selvevalueringsrunder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="37"/>
        <source>self-evaluation response</source>
        <translation>selvevalueringsbesvarelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="37"/>
        <source>self-evaluation responses</source>
        <translation>selvevalueringsbesvarelser</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="38"/>
        <source>self-evaluation answer</source>
        <translation>selvevalueringssvar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="38"/>
        <source>self-evaluation answers</source>
        <translation>selvevalueringssvar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="39"/>
        <source>interview note</source>
        <translation>interviewnote</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="39"/>
        <source>interview notes</source>
        <translation>interviewnoter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="63"/>
        <location filename="../../tankapp/ui/sync/words.py" line="143"/>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="68"/>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="68"/>
        <source>Self-evaluation</source>
        <translation>Selvevaluering</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="69"/>
        <source>Self-evaluation answer</source>
        <translation>Selvevalueringssvar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="78"/>
        <source>Kept or deleted</source>
        <translation>Beholdt eller slettet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="79"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="80"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="81"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="82"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="83"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="84"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="85"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="86"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="87"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="88"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="89"/>
        <source>Consent to be named</source>
        <translation>Samtykke til at blive nævnt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="90"/>
        <source>Consent to be named, date</source>
        <translation>Samtykke til at blive nævnt, dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="91"/>
        <source>Consent to be contacted</source>
        <translation>Samtykke til kontakt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="92"/>
        <source>Consent to be contacted, date</source>
        <translation>Samtykke til kontakt, dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="93"/>
        <source>Joined</source>
        <translation>Indtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="94"/>
        <source>Withdrawn</source>
        <translation>Udtrådt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="95"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="96"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="97"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="98"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="99"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="100"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="101"/>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="103"/>
        <source>Facilitators</source>
        <translation>Facilitatorer</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="104"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="105"/>
        <source>Planned minutes</source>
        <translation>Planlagte minutter</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="106"/>
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="107"/>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="108"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="109"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="110"/>
        <source>About spreading knowledge</source>
        <translation>Om spredning af viden</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="111"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="112"/>
        <source>Owner (guest)</source>
        <translation>Ansvarlig (gæst)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="113"/>
        <source>Arrived</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="114"/>
        <source>Left</source>
        <translation>Gik</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="115"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="116"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="117"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="118"/>
        <source>Kind of involvement</source>
        <translation>Inddragelsesform</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="119"/>
        <source>Setting</source>
        <translation>Sted i sundhedsvæsenet</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="120"/>
        <location filename="../../tankapp/ui/sync/words.py" line="121"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="122"/>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="123"/>
        <source>Knowledge presentations</source>
        <translation>Vidensoplæg</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="124"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/words.py" line="125"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
</context>
<context>
    <name>ThinkTankDialog</name>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="53"/>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="177"/>
        <source>Think tank settings</source>
        <translation>Tænketankens indstillinger</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="63"/>
        <source> meetings</source>
        <translation> møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="73"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="75"/>
        <source>meetings</source>
        <translation>møder</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="83"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="84"/>
        <source>Project starts:</source>
        <translation>Projektet starter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="85"/>
        <source>Project ends:</source>
        <translation>Projektet slutter:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="86"/>
        <source>Meeting target:</source>
        <translation>Mål for antal møder:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="87"/>
        <source>Each member attends:</source>
        <translation>Hvert medlem deltager i:</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="93"/>
        <source>The meeting target counts the meetings held across all groups (a joint meeting once). Each member commits to attend this many meetings over the period.</source>
        <translation>Målet tæller de afholdte møder i alle grupper (et fællesmøde én gang). Hvert medlem forpligter sig til at deltage i så mange møder i perioden.</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="190"/>
        <source>Think tank settings saved (Ctrl+Z undoes)</source>
        <translation>Tænketankens indstillinger er gemt (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/thinktank/settings_dialog.py" line="200"/>
        <source>change the think tank settings</source>
        <translation>ændre tænketankens indstillinger</translation>
    </message>
</context>
<context>
    <name>_ValueCard</name>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="60"/>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="61"/>
        <source>Value %1 of the conflict</source>
        <translation>Konfliktens værdi nr. %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="65"/>
        <source>Kept for now</source>
        <translation>Beholdes indtil videre</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="67"/>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="95"/>
        <source>Keep the office&apos;s value</source>
        <translation>Behold kontorets værdi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="97"/>
        <source>Take the value from %1</source>
        <translation>Brug værdien fra %1</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="99"/>
        <source>Take this value</source>
        <translation>Brug denne værdi</translation>
    </message>
    <message>
        <location filename="../../tankapp/ui/sync/conflicts.py" line="101"/>
        <source>This value applies from now on; the others stay in the conflict</source>
        <translation>Denne værdi gælder fra nu af; de andre gemmes i konflikten</translation>
    </message>
</context>
</TS>
