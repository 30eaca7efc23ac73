<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>A designer for LoopBack 3 model relations.</source>
        <translation>Ein Designer für Modellrelationen in LoopBack 3.</translation>
    </message>
    <message>
        <source>The LoopBack app folder to open.</source>
        <translation>Der Ordner der LoopBack-App, die geöffnet werden soll.</translation>
    </message>
</context>
<context>
    <name>relata::DiagramExport</name>
    <message>
        <source>Relata diagram</source>
        <translation>Relata-Diagramm</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the diagram is too large for an image</source>
        <translation>%1: Das Diagramm ist zu groß für ein Bild</translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1: Der Dateiname muss auf .svg oder .png enden</translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation>Nichts ist ausgewählt</translation>
    </message>
    <message>
        <source>The diagram is empty</source>
        <translation>Das Diagramm ist leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>relata::DiagramProjection</name>
    <message>
        <source>%1 · key %2.%3</source>
        <translation>%1 · Schlüssel %2.%3</translation>
    </message>
    <message>
        <source>%1 · keys %2.%3, %2.%4</source>
        <translation>%1 · Schlüssel %2.%3, %2.%4</translation>
    </message>
    <message>
        <source>%1 · property %2.%3</source>
        <translation>%1 · Eigenschaft %2.%3</translation>
    </message>
    <message>
        <source>key of %1.%2</source>
        <translation>Schlüssel von %1.%2</translation>
    </message>
    <message>
        <source>Added by relation %1</source>
        <translation>Hinzugefügt durch die Relation %1</translation>
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation>Geerbt von %1</translation>
    </message>
    <message>
        <source>Injected id (idInjection)</source>
        <translation>Eingefügte id (idInjection)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>* — * through %1</source>
        <translation>* — * über %1</translation>
    </message>
    <message>
        <source>ids of *</source>
        <translation>IDs von *</translation>
    </message>
    <message>
        <source>embeds 1</source>
        <translation>bettet 1 ein</translation>
    </message>
    <message>
        <source>embeds *</source>
        <translation>bettet * ein</translation>
    </message>
</context>
<context>
    <name>relata::DiagramScene</name>
    <message numerus="yes">
        <source>Move %n model(s)</source>
        <translation>
            <numerusform>%n Modell verschieben</numerusform>
            <numerusform>%n Modelle verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse model</source>
        <translation>Modell einklappen</translation>
    </message>
    <message>
        <source>Expand model</source>
        <translation>Modell ausklappen</translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation>Automatisches Layout der Auswahl</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>missing model</source>
        <translation>fehlendes Modell</translation>
    </message>
</context>
<context>
    <name>relata::EditController</name>
    <message>
        <source>Register %1</source>
        <translation>%1 registrieren</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platzieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n model(s)</source>
        <translation>
            <numerusform>%n Modell löschen</numerusform>
            <numerusform>%n Modelle löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>Relation entfernen</translation>
    </message>
    <message>
        <source>Unplace</source>
        <translation>Platzierung aufheben</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Registrierung aufheben</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Follow rename</source>
        <translation>Umbenennung nachziehen</translation>
    </message>
    <message>
        <source>Rename registration</source>
        <translation>Registrierung umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n model(s)</source>
        <translation>
            <numerusform>%n Modell duplizieren</numerusform>
            <numerusform>%n Modelle duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add relation %1.%2</source>
        <translation>Relation %1.%2 hinzufügen</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Relation hinzufügen</translation>
    </message>
    <message>
        <source>Edit relation %1</source>
        <translation>Relation %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename relation %1 to %2</source>
        <translation>Relation %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Remove relation %1</source>
        <translation>Relation %1 entfernen</translation>
    </message>
    <message>
        <source>Add property %1</source>
        <translation>Eigenschaft %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>relata::FileWatcher</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes to it.</source>
        <translation>%1 wurde auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen daran.</translation>
    </message>
    <message>
        <source>Reload reads the file again and discards your changes to it. Keep Mine keeps your changes; saving then writes over the change on disk.</source>
        <translation>„Neu laden“ liest die Datei erneut und verwirft Ihre Änderungen daran. „Meine behalten“ behält Ihre Änderungen; Speichern überschreibt dann die Änderung auf der Festplatte.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
</context>
<context>
    <name>relata::FilterValidator</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is where the problem is in the filter (a JSON pointer such as /where/price), %2 the problem.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>relata::InspectorPanel</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a model or a relation to see its fields.</source>
        <translation>Wählen Sie ein Modell oder eine Relation, um deren Felder zu sehen.</translation>
    </message>
</context>
<context>
    <name>relata::JsonEdit</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>must be a JSON object: {…}</source>
        <translation>muss ein JSON-Objekt sein: {…}</translation>
    </message>
</context>
<context>
    <name>relata::Lb4ExportDialog</name>
    <message>
        <source>Export to LoopBack 4</source>
        <translation>Nach LoopBack 4 exportieren</translation>
    </message>
    <message>
        <source>%1 of %2 relations became LoopBack 4 relations; MIGRATION.md lists %3 items to write by hand.</source>
        <translation>%1 von %2 Relationen wurden LoopBack-4-Relationen; MIGRATION.md nennt %3 Punkte, die von Hand zu schreiben sind.</translation>
    </message>
    <message>
        <source>Not written: %1: %2</source>
        <translation>Nicht geschrieben: %1: %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>Export to LoopBack 4: choose the project folder</source>
        <translation>Nach LoopBack 4 exportieren: Projektordner wählen</translation>
    </message>
    <message>
        <source>%1 files written, %2 unchanged, %3 removed, in %4.</source>
        <translation>%1 Dateien geschrieben, %2 unverändert, %3 entfernt, in %4.</translation>
    </message>
    <message>
        <source>Kept: %1: %2</source>
        <translation>Behalten: %1: %2</translation>
    </message>
</context>
<context>
    <name>relata::MainWindow</name>
    <message>
        <source>&lt;h2&gt;No app open&lt;/h2&gt;&lt;p&gt;Open a LoopBack app folder with &lt;b&gt;File ▸ Open&lt;/b&gt;, or drop the folder here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine App geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie den Ordner einer LoopBack-App mit &lt;b&gt;Datei ▸ Öffnen&lt;/b&gt; oder ziehen Sie den Ordner hierher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Re&amp;name Model…</source>
        <translation>Modell &amp;umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Add &amp;Model…</source>
        <translation>&amp;Modell hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Add &amp;Property…</source>
        <translation>&amp;Eigenschaft hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Au&amp;swahl einpassen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minikarte</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show &amp;Generated Through Models</source>
        <translation>&amp;Generierte Through-Modelle anzeigen</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>Automatisches &amp;Layout</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Auto-Layout Se&amp;lection</source>
        <translation>Automatisches Layout der &amp;Auswahl</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Relata</source>
        <translation>Ü&amp;ber Relata</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Search models, properties, relations</source>
        <translation>Modelle, Eigenschaften, Relationen suchen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Relata</source>
        <translation>Relata</translation>
    </message>
    <message>
        <source>%1[*] — Relata</source>
        <translation>%1[*] — Relata</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Delete Models</source>
        <translation>Modelle löschen</translation>
    </message>
    <message>
        <source>These relations point at the models you delete and will be removed too:

%1</source>
        <translation>Diese Relationen verweisen auf die Modelle, die Sie löschen, und werden ebenfalls entfernt:

%1</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Rename Model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>New name for %1 (relations naming it follow):</source>
        <translation>Neuer Name für %1 (Relationen, die es nennen, werden angepasst):</translation>
    </message>
    <message>
        <source>%1 is not a free model name: use letters, digits, - and _, and a name no other model has.</source>
        <translation>%1 ist kein freier Modellname: Verwenden Sie Buchstaben, Ziffern, - und _ und einen Namen, den kein anderes Modell trägt.</translation>
    </message>
    <message>
        <source>Add Model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <source>Select one model to add a property to</source>
        <translation>Wählen Sie genau ein Modell, um ihm eine Eigenschaft hinzuzufügen</translation>
    </message>
    <message>
        <source>Add Property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Name and type (e.g. &quot;price: number&quot;):</source>
        <translation>Name und Typ (z. B. „price: number“):</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Pan the canvas</source>
        <translation>Zeichenfläche verschieben</translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation>Leertaste+Ziehen, Ziehen mit mittlerer Maustaste</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>Mausrad, Zwei-Finger-Geste</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>Eine Relation hinzufügen</translation>
    </message>
    <message>
        <source>Drag from a model&apos;s handle onto another model</source>
        <translation>Vom Griff eines Modells auf ein anderes Modell ziehen</translation>
    </message>
    <message>
        <source>Collapse a model</source>
        <translation>Ein Modell einklappen</translation>
    </message>
    <message>
        <source>Click the triangle in its header</source>
        <translation>Auf das Dreieck in seiner Kopfzeile klicken</translation>
    </message>
    <message>
        <source>About Relata</source>
        <translation>Über Relata</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relata %1&lt;/h3&gt;&lt;p&gt;A designer for LoopBack 3 model relations: draw relations, preview related records, export model JSON.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relata %1&lt;/h3&gt;&lt;p&gt;Ein Designer für Modellrelationen in LoopBack 3: Relationen zeichnen, verknüpfte Datensätze in der Vorschau ansehen, Modell-JSON exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open App</source>
        <translation>App kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open LoopBack App</source>
        <translation>LoopBack-App öffnen</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Some files could not be written:
%1</source>
        <translation>Einige Dateien konnten nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>%n Datei gespeichert</numerusform>
            <numerusform>%n Dateien gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Save App As</source>
        <translation>App speichern unter</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard every change since the last save and reload the app from disk?</source>
        <translation>Alle Änderungen seit dem letzten Speichern verwerfen und die App neu von der Festplatte laden?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export only the selected models?</source>
        <translation>Nur die ausgewählten Modelle exportieren?</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; the undo history was cleared</source>
        <translation>%1 von der Festplatte neu geladen; der Rückgängig-Verlauf wurde geleert</translation>
    </message>
    <message>
        <source>Restored the unsaved changes: save them, or undo to go back to the files on disk</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt: speichern Sie sie, oder machen Sie sie rückgängig, um zu den Dateien auf der Festplatte zurückzukehren</translation>
    </message>
    <message>
        <source>New &amp;Relation…</source>
        <translation>Neue &amp;Relation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Neue Relation</translation>
    </message>
    <message>
        <source>Source model:</source>
        <translation>Quellmodell:</translation>
    </message>
    <message>
        <source>Export to &amp;LoopBack 4…</source>
        <translation>Nach &amp;LoopBack 4 exportieren…</translation>
    </message>
</context>
<context>
    <name>relata::MinimapView</name>
    <message>
        <source>Overview: click to move the view</source>
        <translation>Übersicht: Klicken verschiebt die Ansicht</translation>
    </message>
</context>
<context>
    <name>relata::ModelInspector</name>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>comma-separated property names</source>
        <translation>kommagetrennte Eigenschaftsnamen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>{&quot;vips&quot;: {&quot;where&quot;: {&quot;vip&quot;: true}}}</source>
        <translation>{&quot;vips&quot;: {&quot;where&quot;: {&quot;vip&quot;: true}}}</translation>
    </message>
    <message>
        <source>{&quot;order&quot;: &quot;name&quot;}</source>
        <translation>{&quot;order&quot;: &quot;name&quot;}</translation>
    </message>
    <message>
        <source>Add Property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Remove Property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Plural:</source>
        <translation>Plural:</translation>
    </message>
    <message>
        <source>idInjection:</source>
        <translation>idInjection:</translation>
    </message>
    <message>
        <source>strict:</source>
        <translation>strict:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Verborgen:</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Named scopes</source>
        <translation>Benannte Scopes</translation>
    </message>
    <message>
        <source>Default scope</source>
        <translation>Standard-Scope</translation>
    </message>
    <message>
        <source>Set base</source>
        <translation>Basis setzen</translation>
    </message>
    <message>
        <source>Set plural</source>
        <translation>Plural setzen</translation>
    </message>
    <message>
        <source>Set idInjection</source>
        <translation>idInjection setzen</translation>
    </message>
    <message>
        <source>Set strict</source>
        <translation>strict setzen</translation>
    </message>
    <message>
        <source>Set hidden</source>
        <translation>Verborgene Eigenschaften setzen</translation>
    </message>
    <message>
        <source>Edit named scopes</source>
        <translation>Benannte Scopes bearbeiten</translation>
    </message>
    <message>
        <source>Edit default scope</source>
        <translation>Standard-Scope bearbeiten</translation>
    </message>
    <message>
        <source>default: PersistedModel</source>
        <translation>Standard: PersistedModel</translation>
    </message>
    <message>
        <source>%1 is not a free model name: use letters, digits, - and _, and a name no other model has.</source>
        <translation>%1 ist kein freier Modellname: Verwenden Sie Buchstaben, Ziffern, - und _ und einen Namen, den kein anderes Modell trägt.</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationen</translation>
    </message>
</context>
<context>
    <name>relata::ModelItem</name>
    <message>
        <source>generated through model</source>
        <translation>generiertes Through-Modell</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>FK</source>
        <translation>FK</translation>
    </message>
    <message>
        <source>Drag onto another model to add a relation</source>
        <translation>Auf ein anderes Modell ziehen, um eine Relation hinzuzufügen</translation>
    </message>
    <message>
        <source>LoopBack built-in model</source>
        <translation>Eingebautes LoopBack-Modell</translation>
    </message>
</context>
<context>
    <name>relata::ModelList</name>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n relation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Relation</numerusform>
            <numerusform>%1 · %2 · %n Relationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ModelPicker</name>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
</context>
<context>
    <name>relata::NewRelationDialog</name>
    <message>
        <source>New Relation from %1</source>
        <translation>Neue Relation von %1</translation>
    </message>
    <message>
        <source>Create it, with a belongsTo to each side</source>
        <translation>Anlegen, mit je einem belongsTo zu beiden Seiten</translation>
    </message>
    <message>
        <source>not polymorphic</source>
        <translation>nicht polymorph</translation>
    </message>
    <message>
        <source>Inverse side (invert)</source>
        <translation>Umgekehrte Seite (invert)</translation>
    </message>
    <message>
        <source>disableInclude</source>
        <translation>disableInclude</translation>
    </message>
    <message>
        <source>nestRemoting</source>
        <translation>nestRemoting</translation>
    </message>
    <message>
        <source>{&quot;where&quot;: {…}, &quot;order&quot;: &quot;…&quot;}</source>
        <translation>{&quot;where&quot;: {…}, &quot;order&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>{&quot;sourceProperty&quot;: &quot;targetProperty&quot;}</source>
        <translation>{&quot;sourceProperty&quot;: &quot;targetProperty&quot;}</translation>
    </message>
    <message>
        <source>{&quot;http&quot;: {&quot;path&quot;: &quot;…&quot;}}</source>
        <translation>{&quot;http&quot;: {&quot;path&quot;: &quot;…&quot;}}</translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation>Relation hinzufügen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Foreign key:</source>
        <translation>Fremdschlüssel:</translation>
    </message>
    <message>
        <source>Primary key:</source>
        <translation>Primärschlüssel:</translation>
    </message>
    <message>
        <source>Through model:</source>
        <translation>Through-Modell:</translation>
    </message>
    <message>
        <source>Key through:</source>
        <translation>Schlüssel im Through-Modell:</translation>
    </message>
    <message>
        <source>Polymorphic selector:</source>
        <translation>Polymorpher Selektor:</translation>
    </message>
    <message>
        <source>Polymorphic foreign key:</source>
        <translation>Polymorpher Fremdschlüssel:</translation>
    </message>
    <message>
        <source>Discriminator:</source>
        <translation>Diskriminator:</translation>
    </message>
    <message>
        <source>Id type:</source>
        <translation>Id-Typ:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>More options:</source>
        <translation>Weitere Optionen:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <source>JSON:</source>
        <translation>JSON:</translation>
    </message>
    <message>
        <source>Embed property:</source>
        <translation>Einbettungseigenschaft:</translation>
    </message>
    <message>
        <source>Id array property:</source>
        <translation>Eigenschaft für das Id-Array:</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>generiert: %1</translation>
    </message>
    <message>
        <source>name a model, or a new one to create</source>
        <translation>ein Modell nennen oder ein neues zum Anlegen</translation>
    </message>
    <message>
        <source>Enter a name for the relation.</source>
        <translation>Geben Sie einen Namen für die Relation ein.</translation>
    </message>
    <message>
        <source>A relation name cannot contain /, @, +, %, :, . or spaces.</source>
        <translation>Ein Relationsname darf weder /, @, +, %, :, . noch Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 already has a relation named %2.</source>
        <translation>%1 hat bereits eine Relation namens %2.</translation>
    </message>
    <message>
        <source>%1 has a property named %2; a relation needs another name.</source>
        <translation>%1 hat eine Eigenschaft namens %2; eine Relation braucht einen anderen Namen.</translation>
    </message>
    <message>
        <source>Choose the through model, or name a new one.</source>
        <translation>Wählen Sie das Through-Modell oder nennen Sie ein neues.</translation>
    </message>
    <message>
        <source>A model name may contain letters, digits, - and _ only.</source>
        <translation>Ein Modellname darf nur Buchstaben, Ziffern, - und _ enthalten.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>+ new model %1 with two belongsTo relations</source>
        <translation>+ neues Modell %1 mit zwei belongsTo-Relationen</translation>
    </message>
</context>
<context>
    <name>relata::ProblemsPanel</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>LoopBack 4</source>
        <translation>LoopBack 4</translation>
    </message>
    <message>
        <source>List what an export to LoopBack 4 cannot express, as its MIGRATION.md does, following every change to the app</source>
        <translation>Listet, was ein Export nach LoopBack 4 nicht ausdrücken kann, wie dessen MIGRATION.md, und folgt jeder Änderung der App</translation>
    </message>
</context>
<context>
    <name>relata::QuickFix</name>
    <message>
        <source>Did you mean `%1`?</source>
        <translation>Meinten Sie `%1`?</translation>
    </message>
</context>
<context>
    <name>relata::Recovery</name>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restore layout</source>
        <translation>Anordnung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Relata did not close cleanly while %1 had unsaved changes. Restore the changes autosaved at %2?</source>
        <translation>Relata wurde nicht ordnungsgemäß beendet, während %1 ungespeicherte Änderungen hatte. Die um %2 automatisch gesicherten Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore makes them unsaved changes you can save or undo. Discard deletes them.</source>
        <translation>„Wiederherstellen“ macht daraus ungespeicherte Änderungen, die Sie speichern oder rückgängig machen können. „Verwerfen“ löscht sie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>relata::Relation</name>
    <message>
        <source>belongsTo</source>
        <translation>belongsTo</translation>
    </message>
    <message>
        <source>hasOne</source>
        <translation>hasOne</translation>
    </message>
    <message>
        <source>hasMany</source>
        <translation>hasMany</translation>
    </message>
    <message>
        <source>hasMany through</source>
        <translation>hasMany through</translation>
    </message>
    <message>
        <source>hasAndBelongsToMany</source>
        <translation>hasAndBelongsToMany</translation>
    </message>
    <message>
        <source>referencesMany</source>
        <translation>referencesMany</translation>
    </message>
    <message>
        <source>belongsTo (polymorphic)</source>
        <translation>belongsTo (polymorph)</translation>
    </message>
    <message>
        <source>embedsOne</source>
        <translation>embedsOne</translation>
    </message>
    <message>
        <source>embedsMany</source>
        <translation>embedsMany</translation>
    </message>
</context>
<context>
    <name>relata::RelationInspector</name>
    <message>
        <source>invert (inverse polymorphic side)</source>
        <translation>invert (umgekehrte polymorphe Seite)</translation>
    </message>
    <message>
        <source>disableInclude</source>
        <translation>disableInclude</translation>
    </message>
    <message>
        <source>nestRemoting</source>
        <translation>nestRemoting</translation>
    </message>
    <message>
        <source>Delete Relation</source>
        <translation>Relation löschen</translation>
    </message>
    <message>
        <source>Declared on:</source>
        <translation>Deklariert in:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>type:</source>
        <translation>type:</translation>
    </message>
    <message>
        <source>model:</source>
        <translation>model:</translation>
    </message>
    <message>
        <source>foreignKey:</source>
        <translation>foreignKey:</translation>
    </message>
    <message>
        <source>primaryKey:</source>
        <translation>primaryKey:</translation>
    </message>
    <message>
        <source>idName:</source>
        <translation>idName:</translation>
    </message>
    <message>
        <source>through:</source>
        <translation>through:</translation>
    </message>
    <message>
        <source>keyThrough:</source>
        <translation>keyThrough:</translation>
    </message>
    <message>
        <source>throughTable:</source>
        <translation>throughTable:</translation>
    </message>
    <message>
        <source>polymorphic:</source>
        <translation>polymorphic:</translation>
    </message>
    <message>
        <source>property:</source>
        <translation>property:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>options:</translation>
    </message>
    <message>
        <source>scope:</source>
        <translation>scope:</translation>
    </message>
    <message>
        <source>properties:</source>
        <translation>properties:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Aufgelöst:</translation>
    </message>
    <message>
        <source>LoopBack does not set this relation up: see Problems.</source>
        <translation>LoopBack richtet diese Relation nicht ein: siehe Probleme.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>not polymorphic</source>
        <translation>nicht polymorph</translation>
    </message>
    <message>
        <source>%1 already has a relation named %2.</source>
        <translation>%1 hat bereits eine Relation namens %2.</translation>
    </message>
</context>
<context>
    <name>relata::RelationList</name>
    <message>
        <source>Delete Relation</source>
        <translation>Relation löschen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Add Relation…</source>
        <translation>Relation hinzufügen…</translation>
    </message>
</context>
<context>
    <name>relata::check</name>
    <message>
        <source>%1; LoopBack cannot load this file until the JSON is fixed.</source>
        <extracomment>%1 is the JSON syntax error, e.g. &quot;trailing comma before &apos;}&apos;&quot;.</extracomment>
        <translation>%1; LoopBack kann diese Datei erst laden, wenn das JSON korrigiert ist.</translation>
    </message>
    <message>
        <source>The model-config entry of %1 must be an object such as {&quot;dataSource&quot;: &quot;db&quot;}, not %2.</source>
        <translation>Der model-config-Eintrag von %1 muss ein Objekt wie {&quot;dataSource&quot;: &quot;db&quot;} sein, nicht %2.</translation>
    </message>
    <message>
        <source>The key is spelled `dataSource`.</source>
        <translation>Der Schlüssel wird `dataSource` geschrieben.</translation>
    </message>
    <message>
        <source>Name its data source, or set null to leave it unattached on purpose.</source>
        <translation>Geben Sie seine Datenquelle an, oder setzen Sie null, um es absichtlich an keine anzubinden.</translation>
    </message>
    <message>
        <source>The configuration of %1 is missing the `dataSource` property; LoopBack warns and attaches the model nowhere.</source>
        <translation>In der Konfiguration von %1 fehlt die Eigenschaft `dataSource`; LoopBack warnt und bindet das Modell nirgends an.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; ordering by it does nothing.</source>
        <translation>%1 ist keine Eigenschaft von %2; danach zu sortieren bewirkt nichts.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; the result has no such field.</source>
        <translation>%1 ist keine Eigenschaft von %2; das Ergebnis hat kein solches Feld.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; the SQL connector ignores the condition.</source>
        <translation>%1 ist keine Eigenschaft von %2; der SQL-Connector ignoriert die Bedingung.</translation>
    </message>
    <message>
        <source>The filter nests deeper than %1 levels; LoopBack refuses such a query. Simplify it.</source>
        <translation>Der Filter ist tiefer als %1 Ebenen verschachtelt; LoopBack lehnt eine solche Abfrage ab. Vereinfachen Sie ihn.</translation>
    </message>
    <message>
        <source>The query filter %1 is not an object; LoopBack rejects it. Write {&quot;where&quot;: …, &quot;order&quot;: …}.</source>
        <translation>Der Abfragefilter %1 ist kein Objekt; LoopBack lehnt ihn ab. Schreiben Sie {&quot;where&quot;: …, &quot;order&quot;: …}.</translation>
    </message>
    <message>
        <source>LoopBack ignores the filter key %1.</source>
        <translation>LoopBack ignoriert den Filterschlüssel %1.</translation>
    </message>
    <message>
        <source>A filter has where, include, fields, order, limit and skip.</source>
        <translation>Ein Filter kennt where, include, fields, order, limit und skip.</translation>
    </message>
    <message>
        <source>The limit parameter %1 is not valid: LoopBack wants a positive whole number and rejects the query.</source>
        <translation>Der limit-Parameter %1 ist ungültig: LoopBack erwartet eine positive ganze Zahl und lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>The offset/skip parameter %1 is not valid: LoopBack wants a whole number of at least 0 and rejects the query.</source>
        <translation>Der offset/skip-Parameter %1 ist ungültig: LoopBack erwartet eine ganze Zahl ab 0 und lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>LoopBack adds &quot;limit&quot;: 100 to a filter that has %1 but no limit, so at most 100 rows come back. Give a limit.</source>
        <translation>LoopBack ergänzt &quot;limit&quot;: 100 in einem Filter mit %1, aber ohne limit, daher kommen höchstens 100 Zeilen zurück. Geben Sie ein limit an.</translation>
    </message>
    <message>
        <source>The order %1 is not valid; LoopBack wants strings such as &quot;name ASC&quot; and rejects the query.</source>
        <translation>Die Sortierung %1 ist ungültig; LoopBack erwartet Zeichenketten wie &quot;name ASC&quot; und lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>The order &quot;%1&quot; has an invalid direction; LoopBack accepts only ASC or DESC after the property name and rejects the query.</source>
        <translation>Die Sortierung &quot;%1&quot; hat eine ungültige Richtung; LoopBack akzeptiert nach dem Eigenschaftsnamen nur ASC oder DESC und lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>LoopBack ignores &quot;fields&quot;: %1; give a property name, an array of names or an object such as {&quot;name&quot;: true}.</source>
        <translation>LoopBack ignoriert &quot;fields&quot;: %1; geben Sie einen Eigenschaftsnamen, ein Array von Namen oder ein Objekt wie {&quot;name&quot;: true} an.</translation>
    </message>
    <message>
        <source>Relation &quot;%1&quot; is not defined for %2 model; LoopBack fails every query that includes it.</source>
        <translation>Relation &quot;%1&quot; ist für das Modell %2 nicht definiert; LoopBack lässt jede Abfrage scheitern, die sie einbindet.</translation>
    </message>
    <message>
        <source>Relation %1 has options.disableInclude, so LoopBack silently leaves it out of the result.</source>
        <translation>Relation %1 hat options.disableInclude, daher lässt LoopBack sie stillschweigend aus dem Ergebnis weg.</translation>
    </message>
    <message>
        <source>LoopBack ignores the include %1; name a relation, or give an array or an object of relations.</source>
        <translation>LoopBack ignoriert das include %1; nennen Sie eine Relation, oder geben Sie ein Array oder ein Objekt von Relationen an.</translation>
    </message>
    <message>
        <source>LoopBack ignores %1 next to &quot;%2&quot;; put it inside &quot;scope&quot;.</source>
        <translation>LoopBack ignoriert %1 neben &quot;%2&quot;; setzen Sie es in &quot;scope&quot;.</translation>
    </message>
    <message>
        <source>LoopBack reads only the first key of an include object, so %1 is not included; use an array of includes.</source>
        <translation>LoopBack liest nur den ersten Schlüssel eines include-Objekts, daher wird %1 nicht eingebunden; verwenden Sie ein Array von includes.</translation>
    </message>
    <message>
        <source>The where clause %1 is not an object; LoopBack rejects the query. Write {&quot;property&quot;: value}.</source>
        <translation>Die where-Klausel %1 ist kein Objekt; LoopBack lehnt die Abfrage ab. Schreiben Sie {&quot;eigenschaft&quot;: wert}.</translation>
    </message>
    <message>
        <source>LoopBack does not implement `nor`: SQL connectors ignore the condition (the memory connector matches nothing). Rewrite it with `and` and neq/nin.</source>
        <translation>LoopBack implementiert `nor` nicht: SQL-Connectors ignorieren die Bedingung (der Memory-Connector findet nichts). Schreiben Sie sie mit `and` und neq/nin um.</translation>
    </message>
    <message>
        <source>The %1 operator has invalid clauses %2; LoopBack wants an array of where objects and rejects the query.</source>
        <extracomment>%1 is `and` or `or`.</extracomment>
        <translation>Der Operator %1 hat ungültige Klauseln %2; LoopBack erwartet ein Array von where-Objekten und lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>Operators &quot;%1&quot; are not allowed in query: LoopBack rejects MongoDB-style operators unless allowExtendedOperators is set. Use %2 without `$`.</source>
        <translation>Operatoren &quot;%1&quot; sind in Abfragen nicht erlaubt: LoopBack lehnt Operatoren im MongoDB-Stil ab, sofern allowExtendedOperators nicht gesetzt ist. Verwenden Sie %2 ohne `$`.</translation>
    </message>
    <message>
        <source>%1 is not a where operator, so LoopBack compares %2 with the whole object and the condition goes wrong.</source>
        <translation>%1 ist kein where-Operator, daher vergleicht LoopBack %2 mit dem ganzen Objekt, und die Bedingung greift falsch.</translation>
    </message>
    <message>
        <source>Operators: eq, neq, gt, gte, lt, lte, between, inq, nin, like, nlike, ilike, nilike, regexp.</source>
        <translation>Operatoren: eq, neq, gt, gte, lt, lte, between, inq, nin, like, nlike, ilike, nilike, regexp.</translation>
    </message>
    <message>
        <source>LoopBack applies only %1 of the %2 operators on %3; combine conditions with {&quot;and&quot;: [{…}, {…}]}.</source>
        <translation>LoopBack wendet von den %2 Operatoren auf %3 nur %1 an; kombinieren Sie Bedingungen mit {&quot;and&quot;: [{…}, {…}]}.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: %3 wants an array, and LoopBack rejects the query.</source>
        <translation>Die Eigenschaft %1 hat die ungültige Klausel %2: %3 erwartet ein Array, und LoopBack lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: `between` wants exactly 2 values, and LoopBack rejects the query.</source>
        <translation>Die Eigenschaft %1 hat die ungültige Klausel %2: `between` erwartet genau 2 Werte, und LoopBack lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: %3 wants a string pattern, and LoopBack rejects the query.</source>
        <translation>Die Eigenschaft %1 hat die ungültige Klausel %2: %3 erwartet ein Muster als Zeichenkette, und LoopBack lehnt die Abfrage ab.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: `regexp` wants a string such as &quot;^a&quot; or &quot;/^a/i&quot;.</source>
        <translation>Die Eigenschaft %1 hat die ungültige Klausel %2: `regexp` erwartet eine Zeichenkette wie &quot;^a&quot; oder &quot;/^a/i&quot;.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: invalid regex flags %3 (LoopBack allows i, g and m after the last `/`).</source>
        <translation>Die Eigenschaft %1 hat die ungültige Klausel %2: ungültige Regex-Flags %3 (LoopBack erlaubt i, g und m nach dem letzten `/`).</translation>
    </message>
    <message>
        <source>%1 is declared %2 but holds %3, a %4 (relation %5); LoopBack silently retypes it to %4. Declare it %4.</source>
        <extracomment>%2 and %4 are LoopBack type names (String, Number, Boolean, Date).</extracomment>
        <translation>%1 ist als %2 deklariert, enthält aber %3, einen Wert vom Typ %4 (Relation %5); LoopBack ändert den Typ stillschweigend in %4. Deklarieren Sie es als %4.</translation>
    </message>
    <message>
        <source>%1 holds %2 for relation %3 but %4 for %5: each relation then also sees the other&apos;s rows. Give one of them its own foreignKey.</source>
        <translation>%1 enthält %2 für die Relation %3, aber %4 für %5: Jede Relation sieht dann auch die Zeilen der anderen. Geben Sie einer von beiden einen eigenen foreignKey.</translation>
    </message>
    <message>
        <source>This model file has no `name`: LoopBack&apos;s boot invents one from the file name, and relations cannot rely on it. Add &quot;name&quot;.</source>
        <translation>Diese Modelldatei hat keinen `name`: Der Boot von LoopBack leitet einen aus dem Dateinamen ab, und Relationen können sich nicht darauf verlassen. Fügen Sie &quot;name&quot; hinzu.</translation>
    </message>
    <message>
        <source>Model name %1 has characters other than letters, digits, `-` and `_`; LoopBack&apos;s tooling rejects it and it makes poor REST paths and table names. Rename the model.</source>
        <translation>Der Modellname %1 enthält andere Zeichen als Buchstaben, Ziffern, `-` und `_`; die Werkzeuge von LoopBack lehnen ihn ab, und er ergibt schlechte REST-Pfade und Tabellennamen. Benennen Sie das Modell um.</translation>
    </message>
    <message>
        <source>Model %1 is also defined in %2; LoopBack keeps only the definition it reads last and ignores the other. Rename one of them or delete the copy.</source>
        <translation>Modell %1 ist auch in %2 definiert; LoopBack behält nur die zuletzt gelesene Definition und ignoriert die andere. Benennen Sie eines der Modelle um oder löschen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Model not found: model %1 is extending an unknown model %2 (LoopBack stops at boot).</source>
        <translation>Modell nicht gefunden: Modell %1 erweitert ein unbekanntes Modell %2 (LoopBack bricht beim Boot ab).</translation>
    </message>
    <message>
        <source>Model not found: model %1 is extending an unknown model %2 (LoopBack stops at boot unless %3 provides it).</source>
        <translation>Modell nicht gefunden: Modell %1 erweitert ein unbekanntes Modell %2 (LoopBack bricht beim Boot ab, sofern %3 es nicht bereitstellt).</translation>
    </message>
    <message>
        <source>Model %1 extends itself through %2; LoopBack&apos;s boot cannot order the models. Break the cycle of `base` names.</source>
        <translation>Modell %1 erweitert sich selbst über %2; der Boot von LoopBack kann die Modelle nicht ordnen. Unterbrechen Sie den Zyklus der `base`-Namen.</translation>
    </message>
    <message>
        <source>%1 of %2 must be an object keyed by name, not %3; LoopBack misreads it.</source>
        <translation>%1 von %2 muss ein Objekt mit Namen als Schlüsseln sein, nicht %3; LoopBack liest es falsch.</translation>
    </message>
    <message>
        <source>Property %1 of %2 has a dot in its name; LoopBack stops with &quot;Property names containing dot(s) are not supported&quot;. Rename it.</source>
        <translation>Die Eigenschaft %1 von %2 hat einen Punkt im Namen; LoopBack bricht mit &quot;Property names containing dot(s) are not supported&quot; ab. Benennen Sie sie um.</translation>
    </message>
    <message>
        <source>A property named `constructor` is deprecated in LoopBack; rename it.</source>
        <translation>Eine Eigenschaft namens `constructor` ist in LoopBack veraltet; benennen Sie sie um.</translation>
    </message>
    <message>
        <source>Relation %1 must be an object with a `type` and a `model`; LoopBack cannot define it from %2.</source>
        <translation>Die Relation %1 muss ein Objekt mit `type` und `model` sein; aus %2 kann LoopBack sie nicht definieren.</translation>
    </message>
    <message>
        <source>Relation %1 has no `type`; LoopBack stops with &quot;Invalid relation type: undefined&quot;. Set it to belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne or embedsMany.</source>
        <translation>Die Relation %1 hat keinen `type`; LoopBack bricht mit &quot;Invalid relation type: undefined&quot; ab. Setzen Sie ihn auf belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne oder embedsMany.</translation>
    </message>
    <message>
        <source>Relation %1 has type `hasManyThrough`, which LoopBack rejects: use &quot;type&quot;: &quot;hasMany&quot; with &quot;through&quot;: &quot;&lt;through model&gt;&quot;.</source>
        <translation>Die Relation %1 hat den Typ `hasManyThrough`, den LoopBack ablehnt: Verwenden Sie &quot;type&quot;: &quot;hasMany&quot; mit &quot;through&quot;: &quot;&lt;Through-Modell&gt;&quot;.</translation>
    </message>
    <message>
        <source>Use belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne or embedsMany.</source>
        <translation>Verwenden Sie belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne oder embedsMany.</translation>
    </message>
    <message>
        <source>Relation %1 has the invalid type %2; LoopBack stops the app at boot.</source>
        <translation>Die Relation %1 hat den ungültigen Typ %2; LoopBack bricht die App beim Boot ab.</translation>
    </message>
    <message>
        <source>LoopBack rejects the relation name `trigger` (&quot;Invalid relation name: trigger&quot;); rename the relation.</source>
        <translation>LoopBack lehnt den Relationsnamen `trigger` ab (&quot;Invalid relation name: trigger&quot;); benennen Sie die Relation um.</translation>
    </message>
    <message>
        <source>`constructor` is a reserved word: a relation of that name replaces the model&apos;s constructor and breaks every instance. Rename the relation.</source>
        <translation>`constructor` ist ein reserviertes Wort: Eine Relation dieses Namens ersetzt den Konstruktor des Modells und macht jede Instanz unbrauchbar. Benennen Sie die Relation um.</translation>
    </message>
    <message>
        <source>Relation name %1 is not a plain URL segment (it is empty or has a space, `.`, `/`, `@`, `+`, `%`, `:` or a character URLs must encode); LoopBack&apos;s generator refuses it and its REST routes break. Rename it.</source>
        <translation>Der Relationsname %1 ist kein einfaches URL-Segment (er ist leer oder enthält ein Leerzeichen, `.`, `/`, `@`, `+`, `%`, `:` oder ein Zeichen, das in URLs kodiert werden muss); der Generator von LoopBack lehnt ihn ab, und die REST-Routen der Relation funktionieren nicht. Benennen Sie die Relation um.</translation>
    </message>
    <message>
        <source>Relation %1 has the name of a property of %2: the relation accessor hides the property value in code. Rename the relation or the property.</source>
        <translation>Die Relation %1 trägt den Namen einer Eigenschaft von %2: Der Relationszugriff verdeckt im Code den Wert der Eigenschaft. Benennen Sie die Relation oder die Eigenschaft um.</translation>
    </message>
    <message>
        <source>LoopBack ignores the key %1 in relation %2.</source>
        <translation>LoopBack ignoriert den Schlüssel %1 in der Relation %2.</translation>
    </message>
    <message>
        <source>Only your own code can give it a meaning.</source>
        <translation>Nur Ihr eigener Code kann ihm eine Bedeutung geben.</translation>
    </message>
    <message>
        <source>%1 relation %2 has no `model` (LoopBack: &quot;requires param `model`&quot;); name the target model, or make it polymorphic.</source>
        <translation>Die %1-Relation %2 hat kein `model` (LoopBack: &quot;requires param `model`&quot;); nennen Sie das Zielmodell, oder machen Sie sie polymorph.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 must not have a `model` (LoopBack: &quot;does not expect param `model`&quot;); the discriminator names the target. Remove `model`.</source>
        <translation>Die polymorphe %1-Relation %2 darf kein `model` haben (LoopBack: &quot;does not expect param `model`&quot;); der Diskriminator nennt das Ziel. Entfernen Sie `model`.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 has no `model` (LoopBack: &quot;requires param `model`&quot;); name the model that holds the polymorphic key.</source>
        <translation>Die polymorphe %1-Relation %2 hat kein `model` (LoopBack: &quot;requires param `model`&quot;); nennen Sie das Modell, das den polymorphen Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 has no `through` model; LoopBack stops with &quot;Polymorphic relations need a through model&quot;. Add &quot;through&quot;.</source>
        <translation>Die polymorphe %1-Relation %2 hat kein `through`-Modell; LoopBack bricht mit &quot;Polymorphic relations need a through model&quot; ab. Fügen Sie &quot;through&quot; hinzu.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.foreignKey` without `polymorphic.discriminator`; LoopBack requires both or neither. Add the discriminator property name.</source>
        <translation>Die polymorphe %1-Relation %2 gibt `polymorphic.foreignKey` ohne `polymorphic.discriminator` an; LoopBack verlangt beide oder keinen von beiden. Ergänzen Sie den Namen der Diskriminator-Eigenschaft.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.discriminator` without `polymorphic.foreignKey`; LoopBack requires both or neither. Add the foreign key property name.</source>
        <translation>Die polymorphe %1-Relation %2 gibt `polymorphic.discriminator` ohne `polymorphic.foreignKey` an; LoopBack verlangt beide oder keinen von beiden. Ergänzen Sie den Namen der Fremdschlüssel-Eigenschaft.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.as` together with a custom foreignKey; LoopBack rejects that. Remove `as`.</source>
        <translation>Die polymorphe %1-Relation %2 gibt `polymorphic.as` zusammen mit einem eigenen foreignKey an; das lehnt LoopBack ab. Entfernen Sie `as`.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.selector` together with a custom foreignKey; LoopBack rejects that. Remove `selector`.</source>
        <translation>Die polymorphe %1-Relation %2 gibt `polymorphic.selector` zusammen mit einem eigenen foreignKey an; das lehnt LoopBack ab. Entfernen Sie `selector`.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 uses `polymorphic.as`, which LoopBack deprecates; write `polymorphic.selector` instead.</source>
        <translation>Die polymorphe %1-Relation %2 verwendet `polymorphic.as`, das LoopBack als veraltet markiert; schreiben Sie stattdessen `polymorphic.selector`.</translation>
    </message>
    <message>
        <source>LoopBack ignores %1 on a %2 relation (%3); remove it or change the relation type.</source>
        <translation>LoopBack ignoriert %1 bei einer %2-Relation (%3); entfernen Sie es, oder ändern Sie den Relationstyp.</translation>
    </message>
    <message>
        <source>LoopBack reads `invert` only on a polymorphic hasMany with `through`; it has no effect on %1.</source>
        <translation>LoopBack liest `invert` nur bei einem polymorphen hasMany mit `through`; auf %1 hat es keine Wirkung.</translation>
    </message>
    <message>
        <source>hasAndBelongsToMany ignores %1. Remove it, or use hasMany with `through` to choose the key.</source>
        <translation>hasAndBelongsToMany ignoriert %1. Entfernen Sie es, oder verwenden Sie hasMany mit `through`, um den Schlüssel zu wählen.</translation>
    </message>
    <message>
        <source>hasAndBelongsToMany ignores %1; LoopBack uses %2. Remove it, or use hasMany with `through` to choose the key.</source>
        <translation>hasAndBelongsToMany ignoriert %1; LoopBack verwendet %2. Entfernen Sie es, oder verwenden Sie hasMany mit `through`, um den Schlüssel zu wählen.</translation>
    </message>
    <message>
        <source>Relation %1 stores its key in a property of the same name: the relation accessor hides the key value. Name the foreign key differently (e.g. %2).</source>
        <translation>Die Relation %1 speichert ihren Schlüssel in einer gleichnamigen Eigenschaft: Der Relationszugriff verdeckt den Schlüsselwert. Benennen Sie den Fremdschlüssel anders (z. B. %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Where a filter problem is (%1, e.g. &quot;Scope `Customer.recent`&quot;), then the problem.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Default scope of %1</source>
        <translation>Standard-Scope von %1</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Benannter Scope %1</translation>
    </message>
    <message>
        <source>Scope of relation %1</source>
        <translation>Scope der Relation %1</translation>
    </message>
    <message>
        <source>Relation %1 names the target %2, but no model has that exact name; LoopBack waits for it forever, so the relation never exists.</source>
        <translation>Die Relation %1 nennt das Zielmodell %2, aber kein Modell trägt genau diesen Namen; LoopBack wartet ewig darauf, daher entsteht die Relation nie.</translation>
    </message>
    <message>
        <source>Relation %1 names the target %2, which boot attaches to no data source (%3); LoopBack defines the relation only once it is attached. Give %2 a dataSource in model-config.</source>
        <translation>Die Relation %1 nennt das Zielmodell %2, das der Boot an keine Datenquelle anbindet (%3); LoopBack definiert die Relation erst, wenn es angebunden ist. Geben Sie %2 in model-config eine dataSource.</translation>
    </message>
    <message>
        <source>Relation %1 names the through model %2, but no model has that exact name; LoopBack waits for it forever, so the relation never exists.</source>
        <translation>Die Relation %1 nennt das Through-Modell %2, aber kein Modell trägt genau diesen Namen; LoopBack wartet ewig darauf, daher entsteht die Relation nie.</translation>
    </message>
    <message>
        <source>Relation %1 names the through model %2, which boot attaches to no data source (%3); LoopBack defines the relation only once it is attached. Give %2 a dataSource in model-config.</source>
        <translation>Die Relation %1 nennt das Through-Modell %2, das der Boot an keine Datenquelle anbindet (%3); LoopBack definiert die Relation erst, wenn es angebunden ist. Geben Sie %2 in model-config eine dataSource.</translation>
    </message>
    <message>
        <source>Relation %1 has no `model` and no model is named after the relation; LoopBack stops with &quot;Could not find relation %2 for model %3&quot;. Add &quot;model&quot;: &quot;&lt;target model&gt;&quot;.</source>
        <translation>Die Relation %1 hat kein `model`, und kein Modell ist nach der Relation benannt; LoopBack bricht mit &quot;Could not find relation %2 for model %3&quot; ab. Fügen Sie &quot;model&quot;: &quot;&lt;Zielmodell&gt;&quot; hinzu.</translation>
    </message>
    <message>
        <source>Through model %1 has no belongsTo named %2, which the inverted polymorphic relation %3 reads its targets through. Add &quot;%4&quot;: {&quot;type&quot;: &quot;belongsTo&quot;, &quot;polymorphic&quot;: true}.</source>
        <translation>Das Through-Modell %1 hat kein belongsTo namens %2, über das die invertierte polymorphe Relation %3 ihre Ziele liest. Fügen Sie &quot;%4&quot;: {&quot;type&quot;: &quot;belongsTo&quot;, &quot;polymorphic&quot;: true} hinzu.</translation>
    </message>
    <message>
        <source>the id of the model named in %1</source>
        <extracomment>What a foreign key holds: the object of &quot;… holds %1 …&quot;.</extracomment>
        <translation>die ID des in %1 genannten Modells</translation>
    </message>
    <message>
        <source>an array of %1</source>
        <extracomment>What a foreign key holds: the object of &quot;… holds %1 …&quot;.</extracomment>
        <translation>ein Array von %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>its model-config entry has no `dataSource`</source>
        <extracomment>Fills the parentheses of &quot;…, which boot attaches to no data source (%3); …&quot;.</extracomment>
        <translation>sein Eintrag in model-config hat keine `dataSource`</translation>
    </message>
    <message>
        <source>its model-config entry sets &quot;dataSource&quot;: %1</source>
        <extracomment>Fills the parentheses of &quot;…, which boot attaches to no data source (%3); …&quot;.</extracomment>
        <translation>sein Eintrag in model-config setzt &quot;dataSource&quot;: %1</translation>
    </message>
    <message>
        <source>LoopBack ignores %1 in &quot;fields&quot;: only property names count.</source>
        <translation>LoopBack ignoriert %1 in „fields“: Nur Eigenschaftsnamen zählen.</translation>
    </message>
    <message>
        <source>LoopBack includes %1 again for every key of an include object, so its results repeat and %2 is not included; use an array of includes.</source>
        <translation>LoopBack bindet %1 für jeden Schlüssel eines include-Objekts erneut ein, daher wiederholen sich seine Ergebnisse und %2 wird nicht eingebunden; verwende ein Array von includes.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; it may come from its mixin %3, whose properties Relata cannot read.</source>
        <extracomment>%3 lists mixins, e.g. &quot;`Logging`, `Cache`&quot;.</extracomment>
        <translation>%1 ist keine Eigenschaft von %2; sie kommt womöglich von seinem Mixin %3, dessen Eigenschaften Relata nicht lesen kann.</translation>
    </message>
    <message>
        <source>On MongoDB %1 finds the rows whose %2 (the id array of %3) contains the id: its accessor and an include with a sub-include work, but a plain include leaves out rows holding more than one id, and create or build through %1 fail with &quot;Items must be an array&quot;.</source>
        <translation>Unter MongoDB findet %1 die Zeilen, deren %2 (das ID-Array von %3) die ID enthält: sein Accessor und ein include mit Unter-include funktionieren, aber ein einfaches include lässt Zeilen mit mehr als einer ID aus, und create oder build über %1 scheitern mit &quot;Items must be an array&quot;.</translation>
    </message>
    <message>
        <source>Through model %1 links %2 by %3 (relation %4), but %5 uses %6: create, add, remove and exists write and test %3, while the accessor filters on %6, which they never set (LoopBack drops that condition when %1 has no property %6, so every %2 lists every link), and include finds nothing. Use one key name on both relations.</source>
        <translation>Das Through-Modell %1 verknüpft %2 über %3 (Relation %4), aber %5 verwendet %6: create, add, remove und exists schreiben und prüfen %3, während der Accessor nach %6 filtert, das sie nie setzen (LoopBack lässt diese Bedingung weg, wenn %1 keine Eigenschaft %6 hat, sodass jedes %2 jede Verknüpfung auflistet), und include findet nichts. Verwenden Sie in beiden Relationen denselben Schlüsselnamen.</translation>
    </message>
    <message>
        <source>Through model %1 links %2 by %3 (relation %4), but %5 reads %6 (its keyThrough): create, add, remove, exists and the accessor go through %4 and work, but include reads %6, which they never set, and finds no %2. Set &quot;keyThrough&quot;: &quot;%7&quot; on %5 or rename the key of %4.</source>
        <translation>Das Through-Modell %1 verknüpft %2 über %3 (Relation %4), aber %5 liest %6 (sein keyThrough): create, add, remove, exists und der Accessor gehen über %4 und funktionieren, aber include liest %6, das sie nie setzen, und findet kein %2. Setzen Sie &quot;keyThrough&quot;: &quot;%7&quot; in %5 oder benennen Sie den Schlüssel von %4 um.</translation>
    </message>
    <message>
        <source>Through model %1 has no belongsTo to %2 keyed %3. Reading %4 works, but create and add write links without %3 (LoopBack takes the link keys from the through model&apos;s belongsTo relations), and remove and exists then act on links of any %2. Add %5 to the relations of %1.</source>
        <translation>Das Through-Modell %1 hat kein belongsTo zu %2 mit dem Schlüssel %3. Das Lesen von %4 funktioniert, aber create und add schreiben Verknüpfungen ohne %3 (LoopBack nimmt die Verknüpfungsschlüssel aus den belongsTo-Relationen des Through-Modells), und remove und exists wirken dann auf Verknüpfungen jedes %2. Fügen Sie %5 zu den Relationen von %1 hinzu.</translation>
    </message>
    <message>
        <source>Through model %1 has no belongsTo to %2 keyed %3. Include of %4 works, but its accessor fails (LoopBack collects the %2 through that belongsTo), create and add write links without %3, and remove and exists then act on links to any %2. Add %5 to the relations of %1.</source>
        <translation>Das Through-Modell %1 hat kein belongsTo zu %2 mit dem Schlüssel %3. include von %4 funktioniert, aber sein Accessor scheitert (LoopBack sammelt die %2 über dieses belongsTo), create und add schreiben Verknüpfungen ohne %3, und remove und exists wirken dann auf Verknüpfungen zu jedem %2. Fügen Sie %5 zu den Relationen von %1 hinzu.</translation>
    </message>
    <message>
        <source>%3 configures %1, which no model file of the app defines; the boot script gives LoopBack its model sources in code (%3 has no _meta.sources), and unless one of them provides it, LoopBack&apos;s boot stops with &quot;Cannot configure unknown model %2&quot;.</source>
        <translation>%3 konfiguriert %1, das keine Modelldatei der App definiert; das Boot-Skript gibt LoopBack seine Modellquellen im Code an (%3 hat kein _meta.sources), und sofern keine davon es bereitstellt, bricht der Boot von LoopBack mit &quot;Cannot configure unknown model %2&quot; ab.</translation>
    </message>
    <message>
        <source>%3 configures %1, but no model file defines it; LoopBack&apos;s boot stops with &quot;Cannot configure unknown model %2&quot;.</source>
        <translation>%3 konfiguriert %1, aber keine Modelldatei definiert es; der Boot von LoopBack bricht mit &quot;Cannot configure unknown model %2&quot; ab.</translation>
    </message>
    <message>
        <source>%4 configures %1, which no model file of the app defines; unless %2 provides it, LoopBack&apos;s boot stops with &quot;Cannot configure unknown model %3&quot;.</source>
        <translation>%4 konfiguriert %1, das keine Modelldatei der App definiert; sofern %2 es nicht bereitstellt, bricht der Boot von LoopBack mit &quot;Cannot configure unknown model %3&quot; ab.</translation>
    </message>
    <message>
        <source>Model %1 is not listed in %3 (nor the base of a model there), so LoopBack never loads it. Add &quot;%2&quot;: {&quot;dataSource&quot;: &quot;db&quot;} to model-config.</source>
        <translation>Modell %1 ist nicht in %3 aufgeführt (auch nicht als Basis eines dort aufgeführten Modells), daher lädt LoopBack es nie. Fügen Sie &quot;%2&quot;: {&quot;dataSource&quot;: &quot;db&quot;} zu model-config hinzu.</translation>
    </message>
    <message>
        <source>%1 must hold one object keyed by model name.</source>
        <translation>%1 muss ein einziges Objekt enthalten, dessen Schlüssel Modellnamen sind.</translation>
    </message>
    <message>
        <source>%1 reads %2, the id array of %3, but model-config lists %4 after %5: LoopBack sets %1 up last and retypes %2 to a single id, so the id arrays no longer read back. List %4 before %5 in %6.</source>
        <translation>%1 liest %2, das ID-Array von %3, aber model-config führt %4 nach %5 auf: LoopBack richtet %1 zuletzt ein und ändert den Typ von %2 in eine einzelne ID, sodass sich die ID-Arrays nicht mehr zurücklesen lassen. Führen Sie %4 in %6 vor %5 auf.</translation>
    </message>
    <message>
        <source>it is not listed in %1</source>
        <extracomment>Fills the parentheses of &quot;…, which boot attaches to no data source (%3); …&quot;.</extracomment>
        <translation>es ist nicht in %1 aufgeführt</translation>
    </message>
    <message>
        <source>Relation %1 names the target %2, which %3 does not list; LoopBack never creates that model, so the relation never exists. Register %2 in model-config.</source>
        <translation>Die Relation %1 nennt das Zielmodell %2, das %3 nicht aufführt; LoopBack erzeugt dieses Modell nie, daher entsteht die Relation nie. Registrieren Sie %2 in model-config.</translation>
    </message>
    <message>
        <source>Relation %1 names the through model %2, which %3 does not list; LoopBack never creates that model, so the relation never exists. Register %2 in model-config.</source>
        <translation>Die Relation %1 nennt das Through-Modell %2, das %3 nicht aufführt; LoopBack erzeugt dieses Modell nie, daher entsteht die Relation nie. Registrieren Sie %2 in model-config.</translation>
    </message>
</context>
<context>
    <name>relata::cli</name>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>(app)</source>
        <translation>(App)</translation>
    </message>
    <message>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format erwartet text oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--out needs a folder</source>
        <translation>--out braucht einen Ordner</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>FILTER is not valid JSON: %1</source>
        <translation>FILTER ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>warning: FILTER%1: %2</source>
        <translation>Warnung: FILTER%1: %2</translation>
    </message>
    <message>
        <source>render: --out FILE.svg or --out FILE.png is required</source>
        <translation>render: --out DATEI.svg oder --out DATEI.png ist erforderlich</translation>
    </message>
    <message>
        <source>created table &quot;%1&quot; (%2)</source>
        <translation>Tabelle „%1“ angelegt (%2)</translation>
    </message>
    <message>
        <source>added column &quot;%1&quot; to table &quot;%2&quot;</source>
        <translation>Spalte „%1“ zu Tabelle „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>created index &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>Index „%1“ auf Tabelle „%2“ angelegt</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 rows into %2</source>
        <translation>%1 Zeilen in %2</translation>
    </message>
    <message>
        <source>nothing to create: the database has every table, column and index</source>
        <translation>nichts anzulegen: Die Datenbank hat alle Tabellen, Spalten und Indizes</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>--scale takes a whole number from 1, not %1</source>
        <translation>--scale erwartet eine ganze Zahl ab 1, nicht %1</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; in the app</source>
        <translation>kein Modell namens „%1“ in der App</translation>
    </message>
    <message>
        <source>report problems in the models</source>
        <translation>Probleme in den Modellen melden</translation>
    </message>
    <message>
        <source>print the resolved models and relations</source>
        <translation>die aufgelösten Modelle und Relationen ausgeben</translation>
    </message>
    <message>
        <source>write the model files</source>
        <translation>die Modelldateien schreiben</translation>
    </message>
    <message>
        <source>run a LoopBack filter (Model.find)</source>
        <translation>einen LoopBack-Filter ausführen (Model.find)</translation>
    </message>
    <message>
        <source>call a relation accessor of one instance</source>
        <translation>einen Relations-Accessor einer Instanz aufrufen</translation>
    </message>
    <message>
        <source>create missing tables and columns; never drops</source>
        <translation>fehlende Tabellen und Spalten anlegen; löscht nie etwas</translation>
    </message>
    <message>
        <source>insert {&quot;Model&quot;: [records...]} keeping ids</source>
        <translation>{&quot;Model&quot;: [records...]} einfügen, ids bleiben erhalten</translation>
    </message>
    <message>
        <source>fill empty tables with sample data</source>
        <translation>leere Tabellen mit Beispieldaten füllen</translation>
    </message>
    <message>
        <source>print the REST endpoints of every relation</source>
        <translation>die REST-Endpunkte jeder Relation ausgeben</translation>
    </message>
    <message>
        <source>usage: relata-cli COMMAND ...</source>
        <translation>Aufruf: relata-cli BEFEHL ...</translation>
    </message>
    <message>
        <source>relata-cli: unknown command</source>
        <translation>relata-cli: unbekannter Befehl</translation>
    </message>
    <message>
        <source>usage: relata-cli %1 %2</source>
        <translation>Aufruf: relata-cli %1 %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>validate summary: models, errors, warnings</comment>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>draw the diagram; --stats prints its crossings, overlaps and edge length</source>
        <translation>zeichnet das Diagramm; --stats gibt seine Kreuzungen, Überlappungen und Kantenlänge aus</translation>
    </message>
    <message>
        <source>export-lb4: --out DIR is required</source>
        <translation>export-lb4: --out DIR ist erforderlich</translation>
    </message>
    <message>
        <source>write a LoopBack 4 project (models, relations, repositories, controllers) and MIGRATION.md</source>
        <translation>ein LoopBack-4-Projekt (Modelle, Relationen, Repositories, Controller) und MIGRATION.md schreiben</translation>
    </message>
</context>
<context>
    <name>relata::io</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>skipped: the file has no &quot;name&quot;, so LoopBack does not read it as a model</source>
        <translation>übersprungen: Die Datei hat kein „name“, daher liest LoopBack sie nicht als Modell</translation>
    </message>
    <message>
        <source>model source &quot;%1&quot; is outside the app; its models are not loaded</source>
        <translation>die Modellquelle „%1“ liegt außerhalb der App; ihre Modelle werden nicht geladen</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>not a folder; give the app root or a folder of model files</source>
        <translation>kein Ordner; geben Sie das Wurzelverzeichnis der App oder einen Ordner mit Modelldateien an</translation>
    </message>
    <message>
        <source>the folder is not readable</source>
        <translation>der Ordner ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove the file of a deleted model</source>
        <translation>die Datei eines gelöschten Modells kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>not a regular file (a folder, pipe, device or socket); Relata reads only plain files</source>
        <translation>keine reguläre Datei (ein Ordner, eine Pipe, ein Gerät oder ein Socket); Relata liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <source>larger than %1 MiB, the most Relata reads from a JSON file</source>
        <translation>größer als %1 MiB; mehr liest Relata aus keiner JSON-Datei</translation>
    </message>
    <message>
        <source>the file on disk could not be read (%1), so it is not written over</source>
        <translation>die Datei auf der Festplatte konnte nicht gelesen werden (%1), daher wird sie nicht überschrieben</translation>
    </message>
    <message>
        <source>a file Relata did not read is already there; it is not written over</source>
        <translation>dort liegt bereits eine Datei, die Relata nicht gelesen hat; sie wird nicht überschrieben</translation>
    </message>
    <message>
        <source>the file changed on disk since Relata read it; reload it before saving</source>
        <translation>die Datei wurde auf der Festplatte geändert, seit Relata sie gelesen hat; laden Sie sie vor dem Speichern neu</translation>
    </message>
</context>
<context>
    <name>relata::json</name>
    <message>
        <source>unexpected control character %1 after the end of the top-level value</source>
        <translation>unerwartetes Steuerzeichen %1 nach dem Ende des obersten Werts</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the top-level value</source>
        <translation>unerwartetes %1 nach dem Ende des obersten Werts</translation>
    </message>
    <message>
        <source>unexpected control character %1 after the end of the top-level value (a closing bracket too many before it?)</source>
        <translation>unerwartetes Steuerzeichen %1 nach dem Ende des obersten Werts (davor eine schließende Klammer zu viel?)</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the top-level value (a closing bracket too many before it?)</source>
        <translation>unerwartetes %1 nach dem Ende des obersten Werts (davor eine schließende Klammer zu viel?)</translation>
    </message>
    <message>
        <source>unexpected control character %1 where a value was expected</source>
        <translation>unerwartetes Steuerzeichen %1, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>unerwartetes %1, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected control character %1 where a property name in double quotes was expected</source>
        <translation>unerwartetes Steuerzeichen %1, wo ein Eigenschaftsname in doppelten Anführungszeichen erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where a property name in double quotes was expected</source>
        <translation>unerwartetes %1, wo ein Eigenschaftsname in doppelten Anführungszeichen erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected control character %1 where &apos;:&apos; was expected after the property name</source>
        <translation>unerwartetes Steuerzeichen %1, wo nach dem Eigenschaftsnamen &apos;:&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected after the property name</source>
        <translation>unerwartetes %1, wo nach dem Eigenschaftsnamen &apos;:&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>the file is empty: expected a JSON value</source>
        <translation>die Datei ist leer: ein JSON-Wert wurde erwartet</translation>
    </message>
    <message>
        <source>unresolved merge conflict marker %1 (resolve the git conflict)</source>
        <translation>ungelöste Konfliktmarkierung %1 (lösen Sie den Git-Konflikt)</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>unexpected end of file: the object opened at line %1:%2 is not closed</source>
        <translation>unerwartetes Dateiende: das in Zeile %1:%2 geöffnete Objekt ist nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected end of file: the array opened at line %1:%2 is not closed</source>
        <translation>unerwartetes Dateiende: das in Zeile %1:%2 geöffnete Array ist nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected end of file: expected a value</source>
        <translation>unerwartetes Dateiende: ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>strings must be in double quotes</source>
        <translation>Zeichenketten müssen in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>invalid literal %1 (expected true, false or null)</source>
        <translation>ungültiges Literal %1 (erwartet: true, false oder null)</translation>
    </message>
    <message>
        <source>invalid number %1: %2</source>
        <extracomment>%2 says what is wrong with the number, e.g. &quot;leading zeros are not allowed&quot;.</extracomment>
        <translation>ungültige Zahl %1: %2</translation>
    </message>
    <message>
        <source>leading zeros are not allowed</source>
        <translation>führende Nullen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>eine Ziffer wurde erwartet</translation>
    </message>
    <message>
        <source>expected a digit after &apos;.&apos;</source>
        <translation>nach &apos;.&apos; wurde eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>im Exponenten wurde eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>unexpected characters after the number</source>
        <translation>unerwartete Zeichen nach der Zahl</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <source>unterminated string: the closing &apos;&quot;&apos; is missing</source>
        <translation>nicht abgeschlossene Zeichenkette: das schließende &apos;&quot;&apos; fehlt</translation>
    </message>
    <message>
        <source>unterminated string: the line ends before the closing &apos;&quot;&apos;</source>
        <translation>nicht abgeschlossene Zeichenkette: die Zeile endet vor dem schließenden &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>control character %1 in a string must be escaped (%2)</source>
        <translation>das Steuerzeichen %1 in einer Zeichenkette muss maskiert werden (%2)</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte in a string (the file must be UTF-8)</source>
        <translation>ungültiges UTF-8-Byte in einer Zeichenkette (die Datei muss UTF-8 sein)</translation>
    </message>
    <message>
        <source>unterminated string: the file ends inside an escape</source>
        <translation>nicht abgeschlossene Zeichenkette: die Datei endet mitten in einer Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape %1 in a string (valid: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>ungültige Escape-Sequenz %1 in einer Zeichenkette (gültig: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>invalid unicode escape: a high surrogate must be followed by a low one</source>
        <translation>ungültiges Unicode-Escape: auf ein hohes Surrogat muss ein niedriges folgen</translation>
    </message>
    <message>
        <source>invalid unicode escape: unpaired surrogate %1</source>
        <translation>ungültiges Unicode-Escape: ungepaartes Surrogat %1</translation>
    </message>
    <message>
        <source>invalid unicode escape %1: expected four hex digits after \u</source>
        <translation>ungültiges Unicode-Escape %1: nach \u wurden vier Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>überzähliges Komma vor &apos;}&apos;</translation>
    </message>
    <message>
        <source>property names must be in double quotes</source>
        <translation>Eigenschaftsnamen müssen in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation>nach einem Objektelement wurde &apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: the last value wins, as in JSON.parse</source>
        <translation>doppelter Schlüssel &quot;%1&quot;: wie bei JSON.parse gilt der letzte Wert</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>überzähliges Komma vor &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation>nach einem Array-Element wurde &apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>nested too deeply (more than %1 levels)</source>
        <translation>zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
</context>
<context>
    <name>relata::lb4</name>
    <message>
        <source>`files` must be an object of relative path: SHA-256</source>
        <translation>`files` muss ein Objekt aus relativem Pfad: SHA-256 sein</translation>
    </message>
    <message>
        <source>`%1` is not a path inside this folder with the SHA-256 of its bytes</source>
        <translation>`%1` ist kein Pfad in diesem Ordner mit dem SHA-256 seiner Bytes</translation>
    </message>
    <message>
        <source>edited since the last export; kept as it is</source>
        <translation>seit dem letzten Export bearbeitet; bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>edited since the last export, and the LoopBack 3 app changed it too; kept as it is (delete it and export again to get the new version)</source>
        <translation>seit dem letzten Export bearbeitet, und auch die LoopBack-3-App hat sie geändert; bleibt, wie sie ist (löschen und erneut exportieren, um die neue Fassung zu erhalten)</translation>
    </message>
    <message>
        <source>edited since the last export, and its model is gone from the LoopBack 3 app; kept (delete it when you no longer need it)</source>
        <translation>seit dem letzten Export bearbeitet, und ihr Modell ist nicht mehr in der LoopBack-3-App; bleibt (löschen, wenn Sie sie nicht mehr brauchen)</translation>
    </message>
    <message>
        <source>not written by the export, which now generates a file of this name; kept (move it away and export again to get the generated one)</source>
        <translation>nicht vom Export geschrieben, der jetzt eine Datei dieses Namens erzeugt; bleibt (verschieben und erneut exportieren, um die erzeugte zu erhalten)</translation>
    </message>
    <message>
        <source>(nothing was written: delete the file to export afresh)</source>
        <translation>(nichts wurde geschrieben: Datei löschen, um neu zu exportieren)</translation>
    </message>
</context>
<context>
    <name>relata::preview::PreviewPanel</name>
    <message>
        <source>The model whose records are listed</source>
        <translation>Das Modell, dessen Datensätze aufgelistet werden</translation>
    </message>
    <message>
        <source>LoopBack filter as JSON, e.g. {&quot;where&quot;: {&quot;vip&quot;: true}}</source>
        <translation>LoopBack-Filter als JSON, z. B. {&quot;where&quot;: {&quot;vip&quot;: true}}</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>No app open.</source>
        <translation>Keine App geöffnet.</translation>
    </message>
    <message>
        <source>No database: open one, or create a sample database.</source>
        <translation>Keine Datenbank: Öffnen Sie eine oder legen Sie eine Beispieldatenbank an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Query failed: %1 (the rows shown are from the last query that ran)</source>
        <translation>Abfrage fehlgeschlagen: %1 (die angezeigten Zeilen stammen aus der letzten erfolgreichen Abfrage)</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Create Sample Database…</source>
        <translation>Beispieldatenbank anlegen…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>Beispieldatenbank anlegen</translation>
    </message>
    <message>
        <source>Relata creates the app&apos;s tables in a new SQLite file and fills them with sample rows that respect every relation. Where should the file go?</source>
        <translation>Relata legt die Tabellen der App in einer neuen SQLite-Datei an und füllt sie mit Beispielzeilen, die jede Relation einhalten. Wohin soll die Datei?</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Temporary File</source>
        <translation>Temporäre Datei</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Writing sample rows into %1…</source>
        <translation>Beispielzeilen werden in %1 geschrieben…</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>Datenbank: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Run one of the model&apos;s named scopes (its &quot;scopes&quot;) with the filter, as Model.scopeName(filter) does, instead of Model.find(filter)</source>
        <translation>Einen der benannten Scopes des Modells (seine &quot;scopes&quot;) mit dem Filter ausführen, wie Model.scopeName(filter), statt Model.find(filter)</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>none: find every record</source>
        <translation>keiner: alle Datensätze suchen</translation>
    </message>
</context>
<context>
    <name>relata::preview::PreviewWorker</name>
    <message>
        <source>the app has no compiled models yet</source>
        <translation>die App hat noch keine kompilierten Modelle</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>die vorhandene Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The app has no model named %1.</source>
        <translation>Die App hat kein Modell namens %1.</translation>
    </message>
    <message>
        <source>%1 %2 is not in the database any more.</source>
        <translation>%1 %2 ist nicht mehr in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>relata::preview::QueryView</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Run a query in the records view or select a relation in the tree.</source>
        <translation>Führen Sie in der Datensatzansicht eine Abfrage aus oder wählen Sie im Baum eine Relation.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>REST call:</source>
        <translation>REST-Aufruf:</translation>
    </message>
    <message>
        <source>Filter as LoopBack receives it:</source>
        <translation>Filter, wie LoopBack ihn erhält:</translation>
    </message>
    <message>
        <source>SQL run:</source>
        <translation>Ausgeführtes SQL:</translation>
    </message>
    <message>
        <source>Relation routes:</source>
        <translation>Routen der Relation:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1
bound: %2</source>
        <translation>%1
gebunden: %2</translation>
    </message>
    <message>
        <source>%1
bound: %2
%3</source>
        <translation>%1
gebunden: %2
%3</translation>
    </message>
    <message>
        <source>statements: %1 · rows: %2 · %3 ms</source>
        <translation>Anweisungen: %1 · Zeilen: %2 · %3 ms</translation>
    </message>
</context>
<context>
    <name>relata::preview::RelatedTree</name>
    <message>
        <source>← %1.%2 (%3)</source>
        <translation>← %1.%2 (%3)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>no relations</source>
        <translation>keine Relationen</translation>
    </message>
    <message>
        <source>%1 %2.%3</source>
        <translation>%1 %2.%3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>relata::query</name>
    <message>
        <source>`nor` is not an operator LoopBack knows: SQL drops the condition</source>
        <translation>`nor` ist kein Operator, den LoopBack kennt: SQL verwirft die Bedingung</translation>
    </message>
    <message>
        <source>`%1` is not a property of %2: sorting by it does nothing</source>
        <translation>`%1` ist keine Eigenschaft von %2: danach zu sortieren bewirkt nichts</translation>
    </message>
    <message>
        <source>skip without limit runs with limit 100</source>
        <translation>skip ohne limit läuft mit limit 100</translation>
    </message>
    <message>
        <source>`%1` is a path into an object: SQL cannot see inside it and drops the condition</source>
        <translation>`%1` ist ein Pfad in ein Objekt: SQL kann nicht hineinsehen und verwirft die Bedingung</translation>
    </message>
    <message>
        <source>`%1` is not a property of %2: SQL drops the condition</source>
        <translation>`%1` ist keine Eigenschaft von %2: SQL verwirft die Bedingung</translation>
    </message>
    <message>
        <source>`%1` is hidden: LoopBack&apos;s REST API removes it from queries</source>
        <translation>`%1` ist verborgen: die REST-API von LoopBack entfernt es aus Abfragen</translation>
    </message>
    <message>
        <source>only `%1` applies: LoopBack keeps one operator per condition; use `and` or `between` for ranges</source>
        <translation>nur `%1` gilt: LoopBack behält einen Operator pro Bedingung; verwenden Sie `and` oder `between` für Bereiche</translation>
    </message>
    <message>
        <source>the SQLite connector cannot run `%1` (LoopBack answers a SQL syntax error); Relata runs a case-insensitive LIKE</source>
        <translation>der SQLite-Connector kann `%1` nicht ausführen (LoopBack antwortet mit einem SQL-Syntaxfehler); Relata führt ein LIKE ohne Beachtung der Groß-/Kleinschreibung aus</translation>
    </message>
    <message>
        <source>the SQLite connector has no REGEXP function (LoopBack answers an error); Relata provides one</source>
        <translation>der SQLite-Connector hat keine REGEXP-Funktion (LoopBack antwortet mit einem Fehler); Relata stellt eine bereit</translation>
    </message>
    <message>
        <source>`%1` on a %2 property matches nothing: the connector binds NULL</source>
        <translation>`%1` auf einer Eigenschaft vom Typ %2 findet nichts: der Connector bindet NULL</translation>
    </message>
    <message>
        <source>LoopBack includes `%1` %2 times for this object, so each of its results appears %2 times, and leaves out %3; list the relations in an array</source>
        <translation>LoopBack bindet `%1` für dieses Objekt %2-mal ein, daher erscheint jedes seiner Ergebnisse %2-mal, und lässt %3 weg; führe die Relationen in einem Array auf</translation>
    </message>
    <message>
        <source>LoopBack includes only the first key of this object, `%1`, and leaves out %2; list the relations in an array</source>
        <translation>LoopBack bindet nur den ersten Schlüssel dieses Objekts ein, `%1`, und lässt %2 weg; führe die Relationen in einem Array auf</translation>
    </message>
</context>
<context>
    <name>relata::schema</name>
    <message>
        <source>two files define the model `%1`; LoopBack uses the last one, %2</source>
        <translation>zwei Dateien definieren das Modell `%1`; LoopBack verwendet die letzte, %2</translation>
    </message>
    <message>
        <source>LoopBack never sets up the relation `%1` of %2: there is no model named `%3` (names are case-sensitive)</source>
        <translation>LoopBack richtet die Relation `%1` von %2 nie ein: es gibt kein Modell namens `%3` (Namen unterscheiden Groß- und Kleinschreibung)</translation>
    </message>
    <message>
        <source>LoopBack never sets up the relation `%1` of %2: `%3` is not attached to a datasource</source>
        <translation>LoopBack richtet die Relation `%1` von %2 nie ein: `%3` ist an keine Datenquelle angebunden</translation>
    </message>
</context>
<context>
    <name>relata::store</name>
    <message>
        <source>expected a number, got %1</source>
        <translation>eine Zahl wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a boolean, got %1</source>
        <translation>ein Wahrheitswert wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a date (ISO 8601 text or milliseconds), got %1</source>
        <translation>ein Datum wurde erwartet (ISO-8601-Text oder Millisekunden), erhalten: %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>eine Zeichenkette wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>ein Objekt wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>ein Array wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a GeoPoint {&quot;lat&quot;: -90..90, &quot;lng&quot;: -180..180}, got %1</source>
        <translation>ein GeoPoint {&quot;lat&quot;: -90..90, &quot;lng&quot;: -180..180} wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an object (%2), got %1</source>
        <translation>ein Objekt (%2) wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a string or an array of bytes, got %1</source>
        <translation>eine Zeichenkette oder ein Array von Bytes wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a whole number for an id, got %1</source>
        <translation>für eine ID wurde eine ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unsupported type</source>
        <translation>nicht unterstützter Typ</translation>
    </message>
    <message>
        <source>the database is locked by another program (waited %1 ms); close the other program or wait, then try again</source>
        <translation>die Datenbank ist von einem anderen Programm gesperrt (%1 ms gewartet); schließen Sie das andere Programm oder warten Sie, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>not a SQLite database (the file header is wrong)</source>
        <translation>keine SQLite-Datenbank (der Dateikopf ist falsch)</translation>
    </message>
    <message>
        <source>the database file is corrupt (%1)</source>
        <translation>die Datenbankdatei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the database cannot be written (%1)</source>
        <translation>die Datenbank kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>die Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>permission denied (%1)</source>
        <translation>Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>keine Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>no such database file</source>
        <translation>diese Datenbankdatei gibt es nicht</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver gave no database handle</source>
        <translation>der SQLite-Treiber von Qt lieferte kein Datenbank-Handle</translation>
    </message>
    <message>
        <source>the data must be an object {&quot;Model&quot;: [records…]}</source>
        <translation>die Daten müssen ein Objekt {&quot;Model&quot;: [Datensätze…]} sein</translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; in the app</source>
        <translation>kein Modell namens &quot;%1&quot; in der App</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not persisted (its base is Model), so it has no table</source>
        <translation>das Modell &quot;%1&quot; wird nicht persistiert (seine Basis ist Model), daher hat es keine Tabelle</translation>
    </message>
    <message>
        <source>expected an array of records</source>
        <translation>ein Array von Datensätzen wurde erwartet</translation>
    </message>
    <message>
        <source>expected a record object, got %1</source>
        <translation>ein Datensatz-Objekt wurde erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>is required (can&apos;t be blank)</source>
        <translation>ist erforderlich (darf nicht leer sein)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a property; LoopBack does not store it</source>
        <translation>%1: &quot;%2&quot; ist keine Eigenschaft; LoopBack speichert es nicht</translation>
    </message>
    <message>
        <source>duplicate id %1 (already in table &quot;%2&quot;)</source>
        <translation>doppelte ID %1 (bereits in Tabelle &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the id column %1 is missing, and SQLite cannot add a primary key to an existing table</source>
        <translation>die ID-Spalte %1 fehlt, und SQLite kann einer bestehenden Tabelle keinen Primärschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>column %1 was added without NOT NULL: SQLite adds a NOT NULL column only with a default</source>
        <translation>die Spalte %1 wurde ohne NOT NULL hinzugefügt: SQLite fügt eine NOT-NULL-Spalte nur mit einem Standardwert hinzu</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; already has rows; seed fills empty tables only (give a new --db file)</source>
        <translation>die Tabelle &quot;%1&quot; hat bereits Zeilen; seed füllt nur leere Tabellen (geben Sie eine neue --db-Datei an)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a database file, %2 what is wrong with it.
----------
%1 is where the problem is (Model[index].property), %2 the problem.
----------
%1 is Model.property, %2 why its value cannot be stored.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 at %3:%4</source>
        <extracomment>%1 is a column, %2 says what is wrong, %3:%4 where in the column&apos;s text.</extracomment>
        <translation>Spalte „%1“: %2 bei %3:%4</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket), so not a database file</source>
        <translation>keine reguläre Datei (eine Pipe, ein Gerät oder ein Socket), also keine Datenbankdatei</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library than Relata (%1); Relata cannot add its REGEXP function to that connection. Install a Qt SQLite plugin built against the system SQLite.</source>
        <extracomment>%1 is a version such as 3.40.1.</extracomment>
        <translation>Der SQLite-Treiber von Qt verwendet eine andere SQLite-Bibliothek als Relata (%1); Relata kann dieser Verbindung seine REGEXP-Funktion nicht hinzufügen. Installieren Sie ein Qt-SQLite-Plugin, das gegen das SQLite des Systems gebaut ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a LoopBack built-in model that the app attaches to no datasource, so it has no table</source>
        <translation>„%1“ ist ein eingebautes LoopBack-Modell, das die App an keine Datenquelle bindet, daher hat es keine Tabelle</translation>
    </message>
    <message>
        <source>%1.%2 is stored in column %3: SQLite column names ignore case, and another property of the model has the column %4</source>
        <translation>%1.%2 wird in der Spalte %3 gespeichert: SQLite unterscheidet bei Spaltennamen nicht zwischen Groß- und Kleinschreibung, und eine andere Eigenschaft des Modells hat die Spalte %4</translation>
    </message>
    <message>
        <source>%1.%2 and %1.%3 both use the column %4, and SQLite column names ignore case: give one of them another sqlite3.columnName</source>
        <translation>%1.%2 und %1.%3 verwenden beide die Spalte %4, und SQLite unterscheidet bei Spaltennamen nicht zwischen Groß- und Kleinschreibung: Geben Sie einer von beiden einen anderen sqlite3.columnName</translation>
    </message>
</context>
</TS>
