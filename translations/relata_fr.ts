<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>A designer for LoopBack 3 model relations.</source>
        <translation>Un éditeur de relations entre modèles LoopBack 3.</translation>
    </message>
    <message>
        <source>The LoopBack app folder to open.</source>
        <translation>Le dossier de l’application LoopBack à ouvrir.</translation>
    </message>
</context>
<context>
    <name>relata::DiagramExport</name>
    <message>
        <source>Relata diagram</source>
        <translation>Diagramme Relata</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1&#xa0;: impossible d’écrire le fichier</translation>
    </message>
    <message>
        <source>%1: the diagram is too large for an image</source>
        <translation>%1&#xa0;: le diagramme est trop grand pour une image</translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .svg ou .png</translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation>Rien n’est sélectionné</translation>
    </message>
    <message>
        <source>The diagram is empty</source>
        <translation>Le diagramme est vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>relata::DiagramProjection</name>
    <message>
        <source>%1 · key %2.%3</source>
        <translation>%1 · clé %2.%3</translation>
    </message>
    <message>
        <source>%1 · keys %2.%3, %2.%4</source>
        <translation>%1 · clés %2.%3, %2.%4</translation>
    </message>
    <message>
        <source>%1 · property %2.%3</source>
        <translation>%1 · propriété %2.%3</translation>
    </message>
    <message>
        <source>key of %1.%2</source>
        <translation>clé de %1.%2</translation>
    </message>
    <message>
        <source>Added by relation %1</source>
        <translation>Ajoutée par la relation %1</translation>
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation>Héritée de %1</translation>
    </message>
    <message>
        <source>Injected id (idInjection)</source>
        <translation>id injecté (idInjection)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>* — * through %1</source>
        <translation>* — * via %1</translation>
    </message>
    <message>
        <source>ids of *</source>
        <translation>ids de *</translation>
    </message>
    <message>
        <source>embeds 1</source>
        <translation>intègre 1</translation>
    </message>
    <message>
        <source>embeds *</source>
        <translation>intègre *</translation>
    </message>
</context>
<context>
    <name>relata::DiagramScene</name>
    <message numerus="yes">
        <source>Move %n model(s)</source>
        <translation>
            <numerusform>Déplacer %n modèle</numerusform>
            <numerusform>Déplacer %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapse model</source>
        <translation>Replier le modèle</translation>
    </message>
    <message>
        <source>Expand model</source>
        <translation>Déplier le modèle</translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation>Disposition automatique de la sélection</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>missing model</source>
        <translation>modèle manquant</translation>
    </message>
</context>
<context>
    <name>relata::EditController</name>
    <message>
        <source>Register %1</source>
        <translation>Déclarer %1 dans model-config</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>Ajouter le modèle %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Placer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n model(s)</source>
        <translation>
            <numerusform>Supprimer %n modèle</numerusform>
            <numerusform>Supprimer %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>Retirer la relation</translation>
    </message>
    <message>
        <source>Unplace</source>
        <translation>Retirer du diagramme</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Retirer de model-config</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Follow rename</source>
        <translation>Suivre le renommage</translation>
    </message>
    <message>
        <source>Rename registration</source>
        <translation>Renommer l’entrée de model-config</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n model(s)</source>
        <translation>
            <numerusform>Dupliquer %n modèle</numerusform>
            <numerusform>Dupliquer %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add relation %1.%2</source>
        <translation>Ajouter la relation %1.%2</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Edit relation %1</source>
        <translation>Modifier la relation %1</translation>
    </message>
    <message>
        <source>Rename relation %1 to %2</source>
        <translation>Renommer la relation %1 en %2</translation>
    </message>
    <message>
        <source>Remove relation %1</source>
        <translation>Retirer la relation %1</translation>
    </message>
    <message>
        <source>Add property %1</source>
        <translation>Ajouter la propriété %1</translation>
    </message>
</context>
<context>
    <name>relata::FileWatcher</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes to it.</source>
        <translation>%1 a changé sur le disque, et vous y avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Reload reads the file again and discards your changes to it. Keep Mine keeps your changes; saving then writes over the change on disk.</source>
        <translation>« Recharger » relit le fichier et abandonne vos modifications. « Garder les miennes » conserve vos modifications ; l’enregistrement écrase alors la modification sur le disque.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder les miennes</translation>
    </message>
</context>
<context>
    <name>relata::FilterValidator</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is where the problem is in the filter (a JSON pointer such as /where/price), %2 the problem.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>relata::InspectorPanel</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a model or a relation to see its fields.</source>
        <translation>Sélectionnez un modèle ou une relation pour voir ses champs.</translation>
    </message>
</context>
<context>
    <name>relata::JsonEdit</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be a JSON object: {…}</source>
        <translation>doit être un objet JSON&#xa0;: {…}</translation>
    </message>
</context>
<context>
    <name>relata::Lb4ExportDialog</name>
    <message>
        <source>Export to LoopBack 4</source>
        <translation>Exporter vers LoopBack 4</translation>
    </message>
    <message>
        <source>%1 of %2 relations became LoopBack 4 relations; MIGRATION.md lists %3 items to write by hand.</source>
        <translation>%1 relations sur %2 sont devenues des relations LoopBack 4 ; MIGRATION.md liste %3 éléments à écrire à la main.</translation>
    </message>
    <message>
        <source>Not written: %1: %2</source>
        <translation>Non écrit : %1 : %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Export to LoopBack 4: choose the project folder</source>
        <translation>Exporter vers LoopBack 4 : choisir le dossier du projet</translation>
    </message>
    <message>
        <source>%1 files written, %2 unchanged, %3 removed, in %4.</source>
        <translation>%1 fichiers écrits, %2 inchangés, %3 supprimés, dans %4.</translation>
    </message>
    <message>
        <source>Kept: %1: %2</source>
        <translation>Conservé : %1 : %2</translation>
    </message>
</context>
<context>
    <name>relata::MainWindow</name>
    <message>
        <source>&lt;h2&gt;No app open&lt;/h2&gt;&lt;p&gt;Open a LoopBack app folder with &lt;b&gt;File ▸ Open&lt;/b&gt;, or drop the folder here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucune application ouverte&lt;/h2&gt;&lt;p&gt;Ouvrez le dossier d’une application LoopBack avec &lt;b&gt;Fichier ▸ Ouvrir&lt;/b&gt;, ou déposez le dossier ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Exporter le &amp;diagramme…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Re&amp;name Model…</source>
        <translation>Re&amp;nommer le modèle…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Add &amp;Model…</source>
        <translation>Ajouter un &amp;modèle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Add &amp;Property…</source>
        <translation>Ajouter une &amp;propriété…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence su&amp;ivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pr&amp;écédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Ajuster à l’&amp;ensemble</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Ajuster à la &amp;sélection</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minicarte</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show &amp;Generated Through Models</source>
        <translation>Afficher les modèles through &amp;générés</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>&amp;Disposition automatique</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Auto-Layout Se&amp;lection</source>
        <translation>Disposition automatique de la &amp;sélection</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Récemment ouverts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Relata</source>
        <translation>À &amp;propos de Relata</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Search models, properties, relations</source>
        <translation>Rechercher des modèles, propriétés, relations</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
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
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete Models</source>
        <translation>Supprimer des modèles</translation>
    </message>
    <message>
        <source>These relations point at the models you delete and will be removed too:

%1</source>
        <translation>Ces relations pointent vers les modèles que vous supprimez et seront retirées elles aussi&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Rename Model</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>New name for %1 (relations naming it follow):</source>
        <translation>Nouveau nom pour %1 (les relations qui le nomment suivent)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not a free model name: use letters, digits, - and _, and a name no other model has.</source>
        <translation>%1 n’est pas un nom de modèle libre&#xa0;: utilisez des lettres, des chiffres, - et _, et un nom qu’aucun autre modèle ne porte.</translation>
    </message>
    <message>
        <source>Add Model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Select one model to add a property to</source>
        <translation>Sélectionnez un seul modèle pour lui ajouter une propriété</translation>
    </message>
    <message>
        <source>Add Property</source>
        <translation>Ajouter une propriété</translation>
    </message>
    <message>
        <source>Name and type (e.g. &quot;price: number&quot;):</source>
        <translation>Nom et type (par ex. «&#xa0;price: number&#xa0;»)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Pan the canvas</source>
        <translation>Déplacer le canevas</translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation>Espace+glisser, glisser avec le bouton du milieu</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Zoomer autour du pointeur</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>Molette, pincement</translation>
    </message>
    <message>
        <source>Add a relation</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Drag from a model&apos;s handle onto another model</source>
        <translation>Glisser depuis la poignée d’un modèle vers un autre modèle</translation>
    </message>
    <message>
        <source>Collapse a model</source>
        <translation>Replier un modèle</translation>
    </message>
    <message>
        <source>Click the triangle in its header</source>
        <translation>Cliquer sur le triangle de son en-tête</translation>
    </message>
    <message>
        <source>About Relata</source>
        <translation>À propos de Relata</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relata %1&lt;/h3&gt;&lt;p&gt;A designer for LoopBack 3 model relations: draw relations, preview related records, export model JSON.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relata %1&lt;/h3&gt;&lt;p&gt;Un éditeur de relations entre modèles LoopBack 3&#xa0;: dessiner des relations, prévisualiser les enregistrements liés, exporter le JSON des modèles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open App</source>
        <translation>Impossible d’ouvrir l’application</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open LoopBack App</source>
        <translation>Ouvrir une application LoopBack</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Some files could not be written:
%1</source>
        <translation>Certains fichiers n’ont pas pu être écrits&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>%n fichier enregistré</numerusform>
            <numerusform>%n fichiers enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save App As</source>
        <translation>Enregistrer l’application sous</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard every change since the last save and reload the app from disk?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement et recharger l’application depuis le disque&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Image SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export only the selected models?</source>
        <translation>Exporter uniquement les modèles sélectionnés&#xa0;?</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; the undo history was cleared</source>
        <translation>%1 rechargé depuis le disque ; l’historique d’annulation a été vidé</translation>
    </message>
    <message>
        <source>Restored the unsaved changes: save them, or undo to go back to the files on disk</source>
        <translation>Modifications non enregistrées restaurées : enregistrez-les, ou annulez pour revenir aux fichiers sur le disque</translation>
    </message>
    <message>
        <source>New &amp;Relation…</source>
        <translation>Nouvelle &amp;relation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <source>Source model:</source>
        <translation>Modèle source :</translation>
    </message>
    <message>
        <source>Export to &amp;LoopBack 4…</source>
        <translation>Exporter vers &amp;LoopBack 4…</translation>
    </message>
</context>
<context>
    <name>relata::MinimapView</name>
    <message>
        <source>Overview: click to move the view</source>
        <translation>Vue d’ensemble&#xa0;: cliquez pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>relata::ModelInspector</name>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>comma-separated property names</source>
        <translation>noms de propriétés séparés par des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Ajouter une propriété</translation>
    </message>
    <message>
        <source>Remove Property</source>
        <translation>Retirer la propriété</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Base&#xa0;:</translation>
    </message>
    <message>
        <source>Plural:</source>
        <translation>Pluriel&#xa0;:</translation>
    </message>
    <message>
        <source>idInjection:</source>
        <translation>idInjection&#xa0;:</translation>
    </message>
    <message>
        <source>strict:</source>
        <translation>strict&#xa0;:</translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation>Masquées&#xa0;:</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Named scopes</source>
        <translation>Scopes nommés</translation>
    </message>
    <message>
        <source>Default scope</source>
        <translation>Scope par défaut</translation>
    </message>
    <message>
        <source>Set base</source>
        <translation>Définir la base</translation>
    </message>
    <message>
        <source>Set plural</source>
        <translation>Définir le pluriel</translation>
    </message>
    <message>
        <source>Set idInjection</source>
        <translation>Définir idInjection</translation>
    </message>
    <message>
        <source>Set strict</source>
        <translation>Définir strict</translation>
    </message>
    <message>
        <source>Set hidden</source>
        <translation>Définir les propriétés masquées</translation>
    </message>
    <message>
        <source>Edit named scopes</source>
        <translation>Modifier les scopes nommés</translation>
    </message>
    <message>
        <source>Edit default scope</source>
        <translation>Modifier le scope par défaut</translation>
    </message>
    <message>
        <source>default: PersistedModel</source>
        <translation>par défaut&#xa0;: PersistedModel</translation>
    </message>
    <message>
        <source>%1 is not a free model name: use letters, digits, - and _, and a name no other model has.</source>
        <translation>%1 n’est pas un nom de modèle libre&#xa0;: utilisez des lettres, des chiffres, - et _, et un nom qu’aucun autre modèle ne porte.</translation>
    </message>
    <message>
        <source>Edit properties</source>
        <translation>Modifier les propriétés</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
</context>
<context>
    <name>relata::ModelItem</name>
    <message>
        <source>generated through model</source>
        <translation>modèle through généré</translation>
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
        <translation>Glisser sur un autre modèle pour ajouter une relation</translation>
    </message>
    <message>
        <source>LoopBack built-in model</source>
        <translation>Modèle intégré de LoopBack</translation>
    </message>
</context>
<context>
    <name>relata::ModelList</name>
    <message>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n relation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n relation</numerusform>
            <numerusform>%1 · %2 · %n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ModelPicker</name>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
</context>
<context>
    <name>relata::NewRelationDialog</name>
    <message>
        <source>New Relation from %1</source>
        <translation>Nouvelle relation depuis %1</translation>
    </message>
    <message>
        <source>Create it, with a belongsTo to each side</source>
        <translation>Le créer, avec un belongsTo vers chaque côté</translation>
    </message>
    <message>
        <source>not polymorphic</source>
        <translation>non polymorphe</translation>
    </message>
    <message>
        <source>Inverse side (invert)</source>
        <translation>Côté inverse (invert)</translation>
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
        <translation>Ajouter la relation</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Foreign key:</source>
        <translation>Clé étrangère&#xa0;:</translation>
    </message>
    <message>
        <source>Primary key:</source>
        <translation>Clé primaire&#xa0;:</translation>
    </message>
    <message>
        <source>Through model:</source>
        <translation>Modèle through&#xa0;:</translation>
    </message>
    <message>
        <source>Key through:</source>
        <translation>Clé dans le modèle through&#xa0;:</translation>
    </message>
    <message>
        <source>Polymorphic selector:</source>
        <translation>Sélecteur polymorphe&#xa0;:</translation>
    </message>
    <message>
        <source>Polymorphic foreign key:</source>
        <translation>Clé étrangère polymorphe&#xa0;:</translation>
    </message>
    <message>
        <source>Discriminator:</source>
        <translation>Discriminant&#xa0;:</translation>
    </message>
    <message>
        <source>Id type:</source>
        <translation>Type de l’id&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>More options:</source>
        <translation>Autres options&#xa0;:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope&#xa0;:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Propriétés&#xa0;:</translation>
    </message>
    <message>
        <source>JSON:</source>
        <translation>JSON&#xa0;:</translation>
    </message>
    <message>
        <source>Embed property:</source>
        <translation>Propriété d’intégration&#xa0;:</translation>
    </message>
    <message>
        <source>Id array property:</source>
        <translation>Propriété du tableau d’ids&#xa0;:</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>name a model, or a new one to create</source>
        <translation>nommez un modèle, ou un nouveau à créer</translation>
    </message>
    <message>
        <source>Enter a name for the relation.</source>
        <translation>Saisissez un nom pour la relation.</translation>
    </message>
    <message>
        <source>A relation name cannot contain /, @, +, %, :, . or spaces.</source>
        <translation>Un nom de relation ne peut contenir ni /, @, +, %,&#xa0;:, . ni espaces.</translation>
    </message>
    <message>
        <source>%1 already has a relation named %2.</source>
        <translation>%1 a déjà une relation nommée %2.</translation>
    </message>
    <message>
        <source>%1 has a property named %2; a relation needs another name.</source>
        <translation>%1 a une propriété nommée %2&#xa0;; une relation doit porter un autre nom.</translation>
    </message>
    <message>
        <source>Choose the through model, or name a new one.</source>
        <translation>Choisissez le modèle through, ou nommez-en un nouveau.</translation>
    </message>
    <message>
        <source>A model name may contain letters, digits, - and _ only.</source>
        <translation>Un nom de modèle ne peut contenir que des lettres, des chiffres, - et _.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>+ new model %1 with two belongsTo relations</source>
        <translation>+ nouveau modèle %1 avec deux relations belongsTo</translation>
    </message>
</context>
<context>
    <name>relata::ProblemsPanel</name>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>LoopBack 4</source>
        <translation>LoopBack 4</translation>
    </message>
    <message>
        <source>List what an export to LoopBack 4 cannot express, as its MIGRATION.md does, following every change to the app</source>
        <translation>Liste ce qu&apos;un export vers LoopBack 4 ne peut pas exprimer, comme son MIGRATION.md, en suivant chaque modification de l&apos;application</translation>
    </message>
</context>
<context>
    <name>relata::QuickFix</name>
    <message>
        <source>Did you mean `%1`?</source>
        <translation>Vouliez-vous dire `%1` ?</translation>
    </message>
</context>
<context>
    <name>relata::Recovery</name>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Restore layout</source>
        <translation>Restaurer la disposition</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Relata did not close cleanly while %1 had unsaved changes. Restore the changes autosaved at %2?</source>
        <translation>Relata ne s’est pas fermé correctement alors que %1 avait des modifications non enregistrées. Restaurer les modifications sauvegardées automatiquement à %2 ?</translation>
    </message>
    <message>
        <source>Restore makes them unsaved changes you can save or undo. Discard deletes them.</source>
        <translation>« Restaurer » en fait des modifications non enregistrées que vous pouvez enregistrer ou annuler. « Abandonner » les supprime.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
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
        <translation>belongsTo (polymorphe)</translation>
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
        <translation>invert (côté polymorphe inverse)</translation>
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
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>Declared on:</source>
        <translation>Déclarée dans&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>type:</source>
        <translation>type&#xa0;:</translation>
    </message>
    <message>
        <source>model:</source>
        <translation>model&#xa0;:</translation>
    </message>
    <message>
        <source>foreignKey:</source>
        <translation>foreignKey&#xa0;:</translation>
    </message>
    <message>
        <source>primaryKey:</source>
        <translation>primaryKey&#xa0;:</translation>
    </message>
    <message>
        <source>idName:</source>
        <translation>idName&#xa0;:</translation>
    </message>
    <message>
        <source>through:</source>
        <translation>through&#xa0;:</translation>
    </message>
    <message>
        <source>keyThrough:</source>
        <translation>keyThrough&#xa0;:</translation>
    </message>
    <message>
        <source>throughTable:</source>
        <translation>throughTable&#xa0;:</translation>
    </message>
    <message>
        <source>polymorphic:</source>
        <translation>polymorphic&#xa0;:</translation>
    </message>
    <message>
        <source>property:</source>
        <translation>property&#xa0;:</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>options&#xa0;:</translation>
    </message>
    <message>
        <source>scope:</source>
        <translation>scope&#xa0;:</translation>
    </message>
    <message>
        <source>properties:</source>
        <translation>properties&#xa0;:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Résolue&#xa0;:</translation>
    </message>
    <message>
        <source>LoopBack does not set this relation up: see Problems.</source>
        <translation>LoopBack ne met pas cette relation en place&#xa0;: voir Problèmes.</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>not polymorphic</source>
        <translation>non polymorphe</translation>
    </message>
    <message>
        <source>%1 already has a relation named %2.</source>
        <translation>%1 a déjà une relation nommée %2.</translation>
    </message>
</context>
<context>
    <name>relata::RelationList</name>
    <message>
        <source>Delete Relation</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add Relation…</source>
        <translation>Ajouter une relation…</translation>
    </message>
</context>
<context>
    <name>relata::check</name>
    <message>
        <source>%1; LoopBack cannot load this file until the JSON is fixed.</source>
        <extracomment>%1 is the JSON syntax error, e.g. &quot;trailing comma before &apos;}&apos;&quot;.</extracomment>
        <translation>%1&#xa0;; LoopBack ne peut pas charger ce fichier tant que le JSON n’est pas corrigé.</translation>
    </message>
    <message>
        <source>The model-config entry of %1 must be an object such as {&quot;dataSource&quot;: &quot;db&quot;}, not %2.</source>
        <translation>L’entrée model-config de %1 doit être un objet tel que {&quot;dataSource&quot;: &quot;db&quot;}, et non %2.</translation>
    </message>
    <message>
        <source>The key is spelled `dataSource`.</source>
        <translation>La clé s’écrit `dataSource`.</translation>
    </message>
    <message>
        <source>Name its data source, or set null to leave it unattached on purpose.</source>
        <translation>Indiquez sa source de données, ou mettez null pour le laisser volontairement sans source.</translation>
    </message>
    <message>
        <source>The configuration of %1 is missing the `dataSource` property; LoopBack warns and attaches the model nowhere.</source>
        <translation>La configuration de %1 n’a pas de propriété `dataSource`&#xa0;; LoopBack avertit et n’attache le modèle nulle part.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; ordering by it does nothing.</source>
        <translation>%1 n’est pas une propriété de %2&#xa0;; trier selon elle n’a aucun effet.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; the result has no such field.</source>
        <translation>%1 n’est pas une propriété de %2&#xa0;; le résultat ne contient pas ce champ.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; the SQL connector ignores the condition.</source>
        <translation>%1 n’est pas une propriété de %2&#xa0;; le connecteur SQL ignore la condition.</translation>
    </message>
    <message>
        <source>The filter nests deeper than %1 levels; LoopBack refuses such a query. Simplify it.</source>
        <translation>Le filtre est imbriqué sur plus de %1 niveaux&#xa0;; LoopBack refuse une telle requête. Simplifiez-le.</translation>
    </message>
    <message>
        <source>The query filter %1 is not an object; LoopBack rejects it. Write {&quot;where&quot;: …, &quot;order&quot;: …}.</source>
        <translation>Le filtre de requête %1 n’est pas un objet&#xa0;; LoopBack le rejette. Écrivez {&quot;where&quot;: …, &quot;order&quot;: …}.</translation>
    </message>
    <message>
        <source>LoopBack ignores the filter key %1.</source>
        <translation>LoopBack ignore la clé de filtre %1.</translation>
    </message>
    <message>
        <source>A filter has where, include, fields, order, limit and skip.</source>
        <translation>Un filtre connaît where, include, fields, order, limit et skip.</translation>
    </message>
    <message>
        <source>The limit parameter %1 is not valid: LoopBack wants a positive whole number and rejects the query.</source>
        <translation>Le paramètre limit %1 n’est pas valide&#xa0;: LoopBack attend un nombre entier positif et rejette la requête.</translation>
    </message>
    <message>
        <source>The offset/skip parameter %1 is not valid: LoopBack wants a whole number of at least 0 and rejects the query.</source>
        <translation>Le paramètre offset/skip %1 n’est pas valide&#xa0;: LoopBack attend un nombre entier supérieur ou égal à 0 et rejette la requête.</translation>
    </message>
    <message>
        <source>LoopBack adds &quot;limit&quot;: 100 to a filter that has %1 but no limit, so at most 100 rows come back. Give a limit.</source>
        <translation>LoopBack ajoute &quot;limit&quot;: 100 à un filtre qui a %1 mais pas de limit, donc au plus 100 lignes reviennent. Donnez une valeur à limit.</translation>
    </message>
    <message>
        <source>The order %1 is not valid; LoopBack wants strings such as &quot;name ASC&quot; and rejects the query.</source>
        <translation>Le tri %1 n’est pas valide&#xa0;; LoopBack attend des chaînes comme &quot;name ASC&quot; et rejette la requête.</translation>
    </message>
    <message>
        <source>The order &quot;%1&quot; has an invalid direction; LoopBack accepts only ASC or DESC after the property name and rejects the query.</source>
        <translation>Le tri &quot;%1&quot; a un sens invalide&#xa0;; LoopBack n’accepte que ASC ou DESC après le nom de propriété et rejette la requête.</translation>
    </message>
    <message>
        <source>LoopBack ignores &quot;fields&quot;: %1; give a property name, an array of names or an object such as {&quot;name&quot;: true}.</source>
        <translation>LoopBack ignore &quot;fields&quot;: %1&#xa0;; indiquez un nom de propriété, un tableau de noms ou un objet tel que {&quot;name&quot;: true}.</translation>
    </message>
    <message>
        <source>Relation &quot;%1&quot; is not defined for %2 model; LoopBack fails every query that includes it.</source>
        <translation>La relation &quot;%1&quot; n’est pas définie pour le modèle %2&#xa0;; LoopBack fait échouer toute requête qui l’inclut.</translation>
    </message>
    <message>
        <source>Relation %1 has options.disableInclude, so LoopBack silently leaves it out of the result.</source>
        <translation>La relation %1 a options.disableInclude, donc LoopBack l’omet silencieusement du résultat.</translation>
    </message>
    <message>
        <source>LoopBack ignores the include %1; name a relation, or give an array or an object of relations.</source>
        <translation>LoopBack ignore l’include %1&#xa0;; nommez une relation, ou donnez un tableau ou un objet de relations.</translation>
    </message>
    <message>
        <source>LoopBack ignores %1 next to &quot;%2&quot;; put it inside &quot;scope&quot;.</source>
        <translation>LoopBack ignore %1 à côté de &quot;%2&quot;&#xa0;; placez-le dans &quot;scope&quot;.</translation>
    </message>
    <message>
        <source>LoopBack reads only the first key of an include object, so %1 is not included; use an array of includes.</source>
        <translation>LoopBack ne lit que la première clé d’un objet include, donc %1 n’est pas inclus&#xa0;; utilisez un tableau d’includes.</translation>
    </message>
    <message>
        <source>The where clause %1 is not an object; LoopBack rejects the query. Write {&quot;property&quot;: value}.</source>
        <translation>La clause where %1 n’est pas un objet&#xa0;; LoopBack rejette la requête. Écrivez {&quot;propriete&quot;: valeur}.</translation>
    </message>
    <message>
        <source>LoopBack does not implement `nor`: SQL connectors ignore the condition (the memory connector matches nothing). Rewrite it with `and` and neq/nin.</source>
        <translation>LoopBack n’implémente pas `nor`&#xa0;: les connecteurs SQL ignorent la condition (le connecteur memory ne trouve rien). Réécrivez-la avec `and` et neq/nin.</translation>
    </message>
    <message>
        <source>The %1 operator has invalid clauses %2; LoopBack wants an array of where objects and rejects the query.</source>
        <extracomment>%1 is `and` or `or`.</extracomment>
        <translation>L’opérateur %1 a des clauses invalides %2&#xa0;; LoopBack attend un tableau d’objets where et rejette la requête.</translation>
    </message>
    <message>
        <source>Operators &quot;%1&quot; are not allowed in query: LoopBack rejects MongoDB-style operators unless allowExtendedOperators is set. Use %2 without `$`.</source>
        <translation>Les opérateurs &quot;%1&quot; ne sont pas autorisés dans une requête&#xa0;: LoopBack rejette les opérateurs de style MongoDB sauf si allowExtendedOperators est activé. Utilisez %2 sans `$`.</translation>
    </message>
    <message>
        <source>%1 is not a where operator, so LoopBack compares %2 with the whole object and the condition goes wrong.</source>
        <translation>%1 n’est pas un opérateur where, donc LoopBack compare %2 à l’objet entier et la condition est faussée.</translation>
    </message>
    <message>
        <source>Operators: eq, neq, gt, gte, lt, lte, between, inq, nin, like, nlike, ilike, nilike, regexp.</source>
        <translation>Opérateurs&#xa0;: eq, neq, gt, gte, lt, lte, between, inq, nin, like, nlike, ilike, nilike, regexp.</translation>
    </message>
    <message>
        <source>LoopBack applies only %1 of the %2 operators on %3; combine conditions with {&quot;and&quot;: [{…}, {…}]}.</source>
        <translation>LoopBack n’applique que %1 des %2 opérateurs sur %3&#xa0;; combinez les conditions avec {&quot;and&quot;: [{…}, {…}]}.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: %3 wants an array, and LoopBack rejects the query.</source>
        <translation>La propriété %1 a une clause invalide %2&#xa0;: %3 attend un tableau, et LoopBack rejette la requête.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: `between` wants exactly 2 values, and LoopBack rejects the query.</source>
        <translation>La propriété %1 a une clause invalide %2&#xa0;: `between` attend exactement 2 valeurs, et LoopBack rejette la requête.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: %3 wants a string pattern, and LoopBack rejects the query.</source>
        <translation>La propriété %1 a une clause invalide %2&#xa0;: %3 attend un motif sous forme de chaîne, et LoopBack rejette la requête.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: `regexp` wants a string such as &quot;^a&quot; or &quot;/^a/i&quot;.</source>
        <translation>La propriété %1 a une clause invalide %2&#xa0;: `regexp` attend une chaîne telle que &quot;^a&quot; ou &quot;/^a/i&quot;.</translation>
    </message>
    <message>
        <source>The %1 property has invalid clause %2: invalid regex flags %3 (LoopBack allows i, g and m after the last `/`).</source>
        <translation>La propriété %1 a une clause invalide %2&#xa0;: options d’expression régulière invalides %3 (LoopBack autorise i, g et m après le dernier `/`).</translation>
    </message>
    <message>
        <source>%1 is declared %2 but holds %3, a %4 (relation %5); LoopBack silently retypes it to %4. Declare it %4.</source>
        <extracomment>%2 and %4 are LoopBack type names (String, Number, Boolean, Date).</extracomment>
        <translation>%1 est déclaré %2 mais contient %3, de type %4 (relation %5)&#xa0;; LoopBack le retype silencieusement en %4. Déclarez-le %4.</translation>
    </message>
    <message>
        <source>%1 holds %2 for relation %3 but %4 for %5: each relation then also sees the other&apos;s rows. Give one of them its own foreignKey.</source>
        <translation>%1 contient %2 pour la relation %3 mais %4 pour %5&#xa0;: chaque relation voit alors aussi les lignes de l’autre. Donnez à l’une d’elles son propre foreignKey.</translation>
    </message>
    <message>
        <source>This model file has no `name`: LoopBack&apos;s boot invents one from the file name, and relations cannot rely on it. Add &quot;name&quot;.</source>
        <translation>Ce fichier de modèle n’a pas de `name`&#xa0;: le boot de LoopBack en invente un à partir du nom de fichier, et les relations ne peuvent pas s’y fier. Ajoutez &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Model name %1 has characters other than letters, digits, `-` and `_`; LoopBack&apos;s tooling rejects it and it makes poor REST paths and table names. Rename the model.</source>
        <translation>Le nom de modèle %1 contient d’autres caractères que des lettres, des chiffres, `-` et `_`&#xa0;; l’outillage de LoopBack le refuse et il donne de mauvais chemins REST et noms de tables. Renommez le modèle.</translation>
    </message>
    <message>
        <source>Model %1 is also defined in %2; LoopBack keeps only the definition it reads last and ignores the other. Rename one of them or delete the copy.</source>
        <translation>Le modèle %1 est aussi défini dans %2&#xa0;; LoopBack ne garde que la définition lue en dernier et ignore l’autre. Renommez l’un des deux ou supprimez la copie.</translation>
    </message>
    <message>
        <source>Model not found: model %1 is extending an unknown model %2 (LoopBack stops at boot).</source>
        <translation>Modèle introuvable&#xa0;: le modèle %1 étend un modèle inconnu %2 (LoopBack s’arrête au boot).</translation>
    </message>
    <message>
        <source>Model not found: model %1 is extending an unknown model %2 (LoopBack stops at boot unless %3 provides it).</source>
        <translation>Modèle introuvable&#xa0;: le modèle %1 étend un modèle inconnu %2 (LoopBack s’arrête au boot, à moins que %3 ne le fournisse).</translation>
    </message>
    <message>
        <source>Model %1 extends itself through %2; LoopBack&apos;s boot cannot order the models. Break the cycle of `base` names.</source>
        <translation>Le modèle %1 s’étend lui-même via %2&#xa0;; le boot de LoopBack ne peut pas ordonner les modèles. Rompez le cycle des noms `base`.</translation>
    </message>
    <message>
        <source>%1 of %2 must be an object keyed by name, not %3; LoopBack misreads it.</source>
        <translation>%1 de %2 doit être un objet indexé par nom, et non %3&#xa0;; LoopBack le lit de travers.</translation>
    </message>
    <message>
        <source>Property %1 of %2 has a dot in its name; LoopBack stops with &quot;Property names containing dot(s) are not supported&quot;. Rename it.</source>
        <translation>La propriété %1 de %2 a un point dans son nom&#xa0;; LoopBack s’arrête sur &quot;Property names containing dot(s) are not supported&quot;. Renommez-la.</translation>
    </message>
    <message>
        <source>A property named `constructor` is deprecated in LoopBack; rename it.</source>
        <translation>Une propriété nommée `constructor` est dépréciée dans LoopBack&#xa0;; renommez-la.</translation>
    </message>
    <message>
        <source>Relation %1 must be an object with a `type` and a `model`; LoopBack cannot define it from %2.</source>
        <translation>La relation %1 doit être un objet avec un `type` et un `model`&#xa0;; LoopBack ne peut pas la définir à partir de %2.</translation>
    </message>
    <message>
        <source>Relation %1 has no `type`; LoopBack stops with &quot;Invalid relation type: undefined&quot;. Set it to belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne or embedsMany.</source>
        <translation>La relation %1 n’a pas de `type`&#xa0;; LoopBack s’arrête sur &quot;Invalid relation type: undefined&quot;. Donnez-lui la valeur belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne ou embedsMany.</translation>
    </message>
    <message>
        <source>Relation %1 has type `hasManyThrough`, which LoopBack rejects: use &quot;type&quot;: &quot;hasMany&quot; with &quot;through&quot;: &quot;&lt;through model&gt;&quot;.</source>
        <translation>La relation %1 a le type `hasManyThrough`, que LoopBack rejette&#xa0;: utilisez &quot;type&quot;: &quot;hasMany&quot; avec &quot;through&quot;: &quot;&lt;modèle through&gt;&quot;.</translation>
    </message>
    <message>
        <source>Use belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne or embedsMany.</source>
        <translation>Utilisez belongsTo, hasMany, hasOne, hasAndBelongsToMany, referencesMany, embedsOne ou embedsMany.</translation>
    </message>
    <message>
        <source>Relation %1 has the invalid type %2; LoopBack stops the app at boot.</source>
        <translation>La relation %1 a le type invalide %2&#xa0;; LoopBack arrête l’application au boot.</translation>
    </message>
    <message>
        <source>LoopBack rejects the relation name `trigger` (&quot;Invalid relation name: trigger&quot;); rename the relation.</source>
        <translation>LoopBack refuse le nom de relation `trigger` (&quot;Invalid relation name: trigger&quot;)&#xa0;; renommez la relation.</translation>
    </message>
    <message>
        <source>`constructor` is a reserved word: a relation of that name replaces the model&apos;s constructor and breaks every instance. Rename the relation.</source>
        <translation>`constructor` est un mot réservé&#xa0;: une relation de ce nom remplace le constructeur du modèle et casse chaque instance. Renommez la relation.</translation>
    </message>
    <message>
        <source>Relation name %1 is not a plain URL segment (it is empty or has a space, `.`, `/`, `@`, `+`, `%`, `:` or a character URLs must encode); LoopBack&apos;s generator refuses it and its REST routes break. Rename it.</source>
        <translation>Le nom de relation %1 n’est pas un simple segment d’URL (il est vide ou contient une espace, `.`, `/`, `@`, `+`, `%`, `:` ou un caractère que les URL doivent encoder)&#xa0;; le générateur de LoopBack le refuse et les routes REST de la relation ne fonctionnent pas. Renommez la relation.</translation>
    </message>
    <message>
        <source>Relation %1 has the name of a property of %2: the relation accessor hides the property value in code. Rename the relation or the property.</source>
        <translation>La relation %1 porte le nom d’une propriété de %2&#xa0;: l’accesseur de la relation masque la valeur de la propriété dans le code. Renommez la relation ou la propriété.</translation>
    </message>
    <message>
        <source>LoopBack ignores the key %1 in relation %2.</source>
        <translation>LoopBack ignore la clé %1 dans la relation %2.</translation>
    </message>
    <message>
        <source>Only your own code can give it a meaning.</source>
        <translation>Seul votre propre code peut lui donner un sens.</translation>
    </message>
    <message>
        <source>%1 relation %2 has no `model` (LoopBack: &quot;requires param `model`&quot;); name the target model, or make it polymorphic.</source>
        <translation>La relation %1 %2 n’a pas de `model` (LoopBack&#xa0;: &quot;requires param `model`&quot;)&#xa0;; nommez le modèle cible, ou rendez-la polymorphe.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 must not have a `model` (LoopBack: &quot;does not expect param `model`&quot;); the discriminator names the target. Remove `model`.</source>
        <translation>La relation %1 polymorphe %2 ne doit pas avoir de `model` (LoopBack&#xa0;: &quot;does not expect param `model`&quot;)&#xa0;; le discriminant désigne la cible. Supprimez `model`.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 has no `model` (LoopBack: &quot;requires param `model`&quot;); name the model that holds the polymorphic key.</source>
        <translation>La relation %1 polymorphe %2 n’a pas de `model` (LoopBack&#xa0;: &quot;requires param `model`&quot;)&#xa0;; nommez le modèle qui porte la clé polymorphe.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 has no `through` model; LoopBack stops with &quot;Polymorphic relations need a through model&quot;. Add &quot;through&quot;.</source>
        <translation>La relation %1 polymorphe %2 n’a pas de modèle `through`&#xa0;; LoopBack s’arrête sur &quot;Polymorphic relations need a through model&quot;. Ajoutez &quot;through&quot;.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.foreignKey` without `polymorphic.discriminator`; LoopBack requires both or neither. Add the discriminator property name.</source>
        <translation>La relation %1 polymorphe %2 donne `polymorphic.foreignKey` sans `polymorphic.discriminator`&#xa0;; LoopBack exige les deux ou aucun. Ajoutez le nom de la propriété discriminante.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.discriminator` without `polymorphic.foreignKey`; LoopBack requires both or neither. Add the foreign key property name.</source>
        <translation>La relation %1 polymorphe %2 donne `polymorphic.discriminator` sans `polymorphic.foreignKey`&#xa0;; LoopBack exige les deux ou aucun. Ajoutez le nom de la propriété de clé étrangère.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.as` together with a custom foreignKey; LoopBack rejects that. Remove `as`.</source>
        <translation>La relation %1 polymorphe %2 donne `polymorphic.as` avec un foreignKey personnalisé&#xa0;; LoopBack le refuse. Supprimez `as`.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 gives `polymorphic.selector` together with a custom foreignKey; LoopBack rejects that. Remove `selector`.</source>
        <translation>La relation %1 polymorphe %2 donne `polymorphic.selector` avec un foreignKey personnalisé&#xa0;; LoopBack le refuse. Supprimez `selector`.</translation>
    </message>
    <message>
        <source>Polymorphic %1 relation %2 uses `polymorphic.as`, which LoopBack deprecates; write `polymorphic.selector` instead.</source>
        <translation>La relation %1 polymorphe %2 utilise `polymorphic.as`, que LoopBack déprécie&#xa0;; écrivez plutôt `polymorphic.selector`.</translation>
    </message>
    <message>
        <source>LoopBack ignores %1 on a %2 relation (%3); remove it or change the relation type.</source>
        <translation>LoopBack ignore %1 sur une relation %2 (%3)&#xa0;; supprimez-le ou changez le type de relation.</translation>
    </message>
    <message>
        <source>LoopBack reads `invert` only on a polymorphic hasMany with `through`; it has no effect on %1.</source>
        <translation>LoopBack ne lit `invert` que sur un hasMany polymorphe avec `through`&#xa0;; il n’a aucun effet sur %1.</translation>
    </message>
    <message>
        <source>hasAndBelongsToMany ignores %1. Remove it, or use hasMany with `through` to choose the key.</source>
        <translation>hasAndBelongsToMany ignore %1. Supprimez-le, ou utilisez hasMany avec `through` pour choisir la clé.</translation>
    </message>
    <message>
        <source>hasAndBelongsToMany ignores %1; LoopBack uses %2. Remove it, or use hasMany with `through` to choose the key.</source>
        <translation>hasAndBelongsToMany ignore %1&#xa0;; LoopBack utilise %2. Supprimez-le, ou utilisez hasMany avec `through` pour choisir la clé.</translation>
    </message>
    <message>
        <source>Relation %1 stores its key in a property of the same name: the relation accessor hides the key value. Name the foreign key differently (e.g. %2).</source>
        <translation>La relation %1 stocke sa clé dans une propriété du même nom&#xa0;: l’accesseur de la relation masque la valeur de la clé. Nommez la clé étrangère autrement (par ex. %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Where a filter problem is (%1, e.g. &quot;Scope `Customer.recent`&quot;), then the problem.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Default scope of %1</source>
        <translation>Scope par défaut de %1</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope nommé %1</translation>
    </message>
    <message>
        <source>Scope of relation %1</source>
        <translation>Scope de la relation %1</translation>
    </message>
    <message>
        <source>Relation %1 names the target %2, but no model has that exact name; LoopBack waits for it forever, so the relation never exists.</source>
        <translation>La relation %1 désigne la cible %2, mais aucun modèle ne porte exactement ce nom&#xa0;; LoopBack l’attend indéfiniment, donc la relation n’existe jamais.</translation>
    </message>
    <message>
        <source>Relation %1 names the target %2, which boot attaches to no data source (%3); LoopBack defines the relation only once it is attached. Give %2 a dataSource in model-config.</source>
        <translation>La relation %1 désigne la cible %2, que le boot n’attache à aucune source de données (%3)&#xa0;; LoopBack ne définit la relation qu’une fois le modèle attaché. Donnez à %2 une dataSource dans model-config.</translation>
    </message>
    <message>
        <source>Relation %1 names the through model %2, but no model has that exact name; LoopBack waits for it forever, so the relation never exists.</source>
        <translation>La relation %1 désigne le modèle through %2, mais aucun modèle ne porte exactement ce nom&#xa0;; LoopBack l’attend indéfiniment, donc la relation n’existe jamais.</translation>
    </message>
    <message>
        <source>Relation %1 names the through model %2, which boot attaches to no data source (%3); LoopBack defines the relation only once it is attached. Give %2 a dataSource in model-config.</source>
        <translation>La relation %1 désigne le modèle through %2, que le boot n’attache à aucune source de données (%3)&#xa0;; LoopBack ne définit la relation qu’une fois le modèle attaché. Donnez à %2 une dataSource dans model-config.</translation>
    </message>
    <message>
        <source>Relation %1 has no `model` and no model is named after the relation; LoopBack stops with &quot;Could not find relation %2 for model %3&quot;. Add &quot;model&quot;: &quot;&lt;target model&gt;&quot;.</source>
        <translation>La relation %1 n’a pas de `model` et aucun modèle ne porte le nom de la relation&#xa0;; LoopBack s’arrête sur &quot;Could not find relation %2 for model %3&quot;. Ajoutez &quot;model&quot;: &quot;&lt;modèle cible&gt;&quot;.</translation>
    </message>
    <message>
        <source>Through model %1 has no belongsTo named %2, which the inverted polymorphic relation %3 reads its targets through. Add &quot;%4&quot;: {&quot;type&quot;: &quot;belongsTo&quot;, &quot;polymorphic&quot;: true}.</source>
        <translation>Le modèle through %1 n’a pas de belongsTo nommé %2, par lequel la relation polymorphe inversée %3 lit ses cibles. Ajoutez &quot;%4&quot;: {&quot;type&quot;: &quot;belongsTo&quot;, &quot;polymorphic&quot;: true}.</translation>
    </message>
    <message>
        <source>the id of the model named in %1</source>
        <extracomment>What a foreign key holds: the object of &quot;… holds %1 …&quot;.</extracomment>
        <translation>l’id du modèle nommé dans %1</translation>
    </message>
    <message>
        <source>an array of %1</source>
        <extracomment>What a foreign key holds: the object of &quot;… holds %1 …&quot;.</extracomment>
        <translation>un tableau de %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>its model-config entry has no `dataSource`</source>
        <extracomment>Fills the parentheses of &quot;…, which boot attaches to no data source (%3); …&quot;.</extracomment>
        <translation>son entrée dans model-config n’a pas de `dataSource`</translation>
    </message>
    <message>
        <source>its model-config entry sets &quot;dataSource&quot;: %1</source>
        <extracomment>Fills the parentheses of &quot;…, which boot attaches to no data source (%3); …&quot;.</extracomment>
        <translation>son entrée dans model-config fixe &quot;dataSource&quot;: %1</translation>
    </message>
    <message>
        <source>LoopBack ignores %1 in &quot;fields&quot;: only property names count.</source>
        <translation>LoopBack ignore %1 dans « fields » : seuls les noms de propriétés comptent.</translation>
    </message>
    <message>
        <source>LoopBack includes %1 again for every key of an include object, so its results repeat and %2 is not included; use an array of includes.</source>
        <translation>LoopBack inclut %1 de nouveau pour chaque clé d&apos;un objet include, ses résultats se répètent donc et %2 n&apos;est pas inclus ; utilisez un tableau d&apos;includes.</translation>
    </message>
    <message>
        <source>%1 is not a property of %2; it may come from its mixin %3, whose properties Relata cannot read.</source>
        <extracomment>%3 lists mixins, e.g. &quot;`Logging`, `Cache`&quot;.</extracomment>
        <translation>%1 n&apos;est pas une propriété de %2 ; elle vient peut-être de son mixin %3, dont Relata ne peut pas lire les propriétés.</translation>
    </message>
    <message>
        <source>On MongoDB %1 finds the rows whose %2 (the id array of %3) contains the id: its accessor and an include with a sub-include work, but a plain include leaves out rows holding more than one id, and create or build through %1 fail with &quot;Items must be an array&quot;.</source>
        <translation>Sous MongoDB, %1 trouve les lignes dont %2 (le tableau d&apos;identifiants de %3) contient l&apos;identifiant : son accesseur et un include avec sous-include fonctionnent, mais un include simple omet les lignes qui portent plus d&apos;un identifiant, et create ou build via %1 échouent avec &quot;Items must be an array&quot;.</translation>
    </message>
    <message>
        <source>Through model %1 links %2 by %3 (relation %4), but %5 uses %6: create, add, remove and exists write and test %3, while the accessor filters on %6, which they never set (LoopBack drops that condition when %1 has no property %6, so every %2 lists every link), and include finds nothing. Use one key name on both relations.</source>
        <translation>Le modèle through %1 relie %2 par %3 (relation %4), mais %5 utilise %6 : create, add, remove et exists écrivent et testent %3, tandis que l&apos;accesseur filtre sur %6, qu&apos;ils ne renseignent jamais (LoopBack abandonne cette condition quand %1 n&apos;a pas de propriété %6, si bien que chaque %2 liste tous les liens), et include ne trouve rien. Utilisez le même nom de clé dans les deux relations.</translation>
    </message>
    <message>
        <source>Through model %1 links %2 by %3 (relation %4), but %5 reads %6 (its keyThrough): create, add, remove, exists and the accessor go through %4 and work, but include reads %6, which they never set, and finds no %2. Set &quot;keyThrough&quot;: &quot;%7&quot; on %5 or rename the key of %4.</source>
        <translation>Le modèle through %1 relie %2 par %3 (relation %4), mais %5 lit %6 (son keyThrough) : create, add, remove, exists et l&apos;accesseur passent par %4 et fonctionnent, mais include lit %6, qu&apos;ils ne renseignent jamais, et ne trouve aucun %2. Indiquez &quot;keyThrough&quot;: &quot;%7&quot; dans %5 ou renommez la clé de %4.</translation>
    </message>
    <message>
        <source>Through model %1 has no belongsTo to %2 keyed %3. Reading %4 works, but create and add write links without %3 (LoopBack takes the link keys from the through model&apos;s belongsTo relations), and remove and exists then act on links of any %2. Add %5 to the relations of %1.</source>
        <translation>Le modèle through %1 n&apos;a pas de belongsTo vers %2 avec la clé %3. La lecture de %4 fonctionne, mais create et add écrivent des liens sans %3 (LoopBack prend les clés de lien dans les relations belongsTo du modèle through), et remove et exists agissent alors sur les liens de n&apos;importe quel %2. Ajoutez %5 aux relations de %1.</translation>
    </message>
    <message>
        <source>Through model %1 has no belongsTo to %2 keyed %3. Include of %4 works, but its accessor fails (LoopBack collects the %2 through that belongsTo), create and add write links without %3, and remove and exists then act on links to any %2. Add %5 to the relations of %1.</source>
        <translation>Le modèle through %1 n&apos;a pas de belongsTo vers %2 avec la clé %3. L&apos;include de %4 fonctionne, mais son accesseur échoue (LoopBack rassemble les %2 par ce belongsTo), create et add écrivent des liens sans %3, et remove et exists agissent alors sur les liens vers n&apos;importe quel %2. Ajoutez %5 aux relations de %1.</translation>
    </message>
    <message>
        <source>%3 configures %1, which no model file of the app defines; the boot script gives LoopBack its model sources in code (%3 has no _meta.sources), and unless one of them provides it, LoopBack&apos;s boot stops with &quot;Cannot configure unknown model %2&quot;.</source>
        <translation>%3 configure %1, qu’aucun fichier de modèle de l’application ne définit ; le script de boot donne à LoopBack ses sources de modèles dans le code (%3 n’a pas de _meta.sources), et à moins que l’une d’elles ne le fournisse, le boot de LoopBack s’arrête sur &quot;Cannot configure unknown model %2&quot;.</translation>
    </message>
    <message>
        <source>%3 configures %1, but no model file defines it; LoopBack&apos;s boot stops with &quot;Cannot configure unknown model %2&quot;.</source>
        <translation>%3 configure %1, mais aucun fichier de modèle ne le définit ; le boot de LoopBack s’arrête sur &quot;Cannot configure unknown model %2&quot;.</translation>
    </message>
    <message>
        <source>%4 configures %1, which no model file of the app defines; unless %2 provides it, LoopBack&apos;s boot stops with &quot;Cannot configure unknown model %3&quot;.</source>
        <translation>%4 configure %1, qu’aucun fichier de modèle de l’application ne définit ; à moins que %2 ne le fournisse, le boot de LoopBack s’arrête sur &quot;Cannot configure unknown model %3&quot;.</translation>
    </message>
    <message>
        <source>Model %1 is not listed in %3 (nor the base of a model there), so LoopBack never loads it. Add &quot;%2&quot;: {&quot;dataSource&quot;: &quot;db&quot;} to model-config.</source>
        <translation>Le modèle %1 ne figure pas dans %3 (ni comme base d’un modèle qui y figure), donc LoopBack ne le charge jamais. Ajoutez &quot;%2&quot;: {&quot;dataSource&quot;: &quot;db&quot;} à model-config.</translation>
    </message>
    <message>
        <source>%1 must hold one object keyed by model name.</source>
        <translation>%1 doit contenir un seul objet indexé par nom de modèle.</translation>
    </message>
    <message>
        <source>%1 reads %2, the id array of %3, but model-config lists %4 after %5: LoopBack sets %1 up last and retypes %2 to a single id, so the id arrays no longer read back. List %4 before %5 in %6.</source>
        <translation>%1 lit %2, le tableau d&apos;identifiants de %3, mais model-config liste %4 après %5 : LoopBack met %1 en place en dernier et change le type de %2 en un seul identifiant, si bien que les tableaux d&apos;identifiants ne se relisent plus. Listez %4 avant %5 dans %6.</translation>
    </message>
    <message>
        <source>it is not listed in %1</source>
        <extracomment>Fills the parentheses of &quot;…, which boot attaches to no data source (%3); …&quot;.</extracomment>
        <translation>il ne figure pas dans %1</translation>
    </message>
    <message>
        <source>Relation %1 names the target %2, which %3 does not list; LoopBack never creates that model, so the relation never exists. Register %2 in model-config.</source>
        <translation>La relation %1 désigne la cible %2, que %3 ne liste pas ; LoopBack ne crée jamais ce modèle, donc la relation n’existe jamais. Enregistrez %2 dans model-config.</translation>
    </message>
    <message>
        <source>Relation %1 names the through model %2, which %3 does not list; LoopBack never creates that model, so the relation never exists. Register %2 in model-config.</source>
        <translation>La relation %1 désigne le modèle through %2, que %3 ne liste pas ; LoopBack ne crée jamais ce modèle, donc la relation n’existe jamais. Enregistrez %2 dans model-config.</translation>
    </message>
</context>
<context>
    <name>relata::cli</name>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;</source>
        <translation>--%1 attend un nombre entier, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(app)</source>
        <translation>(application)</translation>
    </message>
    <message>
        <source>--format takes text or json, not &quot;%1&quot;</source>
        <translation>--format attend text ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--out needs a folder</source>
        <translation>--out attend un dossier</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>--db FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>FILTER is not valid JSON: %1</source>
        <translation>FILTER n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: FILTER%1: %2</source>
        <translation>avertissement&#xa0;: FILTER%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>render: --out FILE.svg or --out FILE.png is required</source>
        <translation>render&#xa0;: --out FICHIER.svg ou --out FICHIER.png est obligatoire</translation>
    </message>
    <message>
        <source>created table &quot;%1&quot; (%2)</source>
        <translation>table «&#xa0;%1&#xa0;» créée (%2)</translation>
    </message>
    <message>
        <source>added column &quot;%1&quot; to table &quot;%2&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;» ajoutée à la table «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>created index &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>index «&#xa0;%1&#xa0;» créé sur la table «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 rows into %2</source>
        <translation>%1 lignes dans %2</translation>
    </message>
    <message>
        <source>nothing to create: the database has every table, column and index</source>
        <translation>rien à créer&#xa0;: la base de données a toutes les tables, colonnes et index</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n’a été écrit</translation>
    </message>
    <message>
        <source>--scale takes a whole number from 1, not %1</source>
        <translation>--scale attend un nombre entier à partir de 1, pas %1</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; in the app</source>
        <translation>aucun modèle nommé «&#xa0;%1&#xa0;» dans l’application</translation>
    </message>
    <message>
        <source>report problems in the models</source>
        <translation>signaler les problèmes des modèles</translation>
    </message>
    <message>
        <source>print the resolved models and relations</source>
        <translation>afficher les modèles et relations résolus</translation>
    </message>
    <message>
        <source>write the model files</source>
        <translation>écrire les fichiers des modèles</translation>
    </message>
    <message>
        <source>run a LoopBack filter (Model.find)</source>
        <translation>exécuter un filtre LoopBack (Model.find)</translation>
    </message>
    <message>
        <source>call a relation accessor of one instance</source>
        <translation>appeler un accesseur de relation d’une instance</translation>
    </message>
    <message>
        <source>create missing tables and columns; never drops</source>
        <translation>créer les tables et colonnes manquantes&#xa0;; ne supprime jamais rien</translation>
    </message>
    <message>
        <source>insert {&quot;Model&quot;: [records...]} keeping ids</source>
        <translation>insérer {&quot;Model&quot;: [records...]} en gardant les ids</translation>
    </message>
    <message>
        <source>fill empty tables with sample data</source>
        <translation>remplir les tables vides avec des données d’exemple</translation>
    </message>
    <message>
        <source>print the REST endpoints of every relation</source>
        <translation>afficher les points d’accès REST de chaque relation</translation>
    </message>
    <message>
        <source>usage: relata-cli COMMAND ...</source>
        <translation>usage&#xa0;: relata-cli COMMANDE ...</translation>
    </message>
    <message>
        <source>relata-cli: unknown command</source>
        <translation>relata-cli&#xa0;: commande inconnue</translation>
    </message>
    <message>
        <source>usage: relata-cli %1 %2</source>
        <translation>usage&#xa0;: relata-cli %1 %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>validate summary: models, errors, warnings</comment>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>draw the diagram; --stats prints its crossings, overlaps and edge length</source>
        <translation>dessine le diagramme ; --stats affiche ses croisements, chevauchements et longueur des arêtes</translation>
    </message>
    <message>
        <source>export-lb4: --out DIR is required</source>
        <translation>export-lb4 : --out DIR est obligatoire</translation>
    </message>
    <message>
        <source>write a LoopBack 4 project (models, relations, repositories, controllers) and MIGRATION.md</source>
        <translation>écrire un projet LoopBack 4 (modèles, relations, dépôts, contrôleurs) et MIGRATION.md</translation>
    </message>
</context>
<context>
    <name>relata::io</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: the file has no &quot;name&quot;, so LoopBack does not read it as a model</source>
        <translation>ignoré&#xa0;: le fichier n’a pas de «&#xa0;name&#xa0;», LoopBack ne le lit donc pas comme un modèle</translation>
    </message>
    <message>
        <source>model source &quot;%1&quot; is outside the app; its models are not loaded</source>
        <translation>la source de modèles «&#xa0;%1&#xa0;» est hors de l’application&#xa0;; ses modèles ne sont pas chargés</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>dossier introuvable</translation>
    </message>
    <message>
        <source>not a folder; give the app root or a folder of model files</source>
        <translation>pas un dossier&#xa0;; indiquez la racine de l’application ou un dossier de fichiers de modèles</translation>
    </message>
    <message>
        <source>the folder is not readable</source>
        <translation>le dossier n’est pas lisible</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot remove the file of a deleted model</source>
        <translation>impossible de supprimer le fichier d’un modèle supprimé</translation>
    </message>
    <message>
        <source>not a regular file (a folder, pipe, device or socket); Relata reads only plain files</source>
        <translation>pas un fichier ordinaire (un dossier, un tube, un périphérique ou un socket) ; Relata ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>larger than %1 MiB, the most Relata reads from a JSON file</source>
        <translation>plus de %1 Mio, le maximum que Relata lit dans un fichier JSON</translation>
    </message>
    <message>
        <source>the file on disk could not be read (%1), so it is not written over</source>
        <translation>le fichier sur le disque n’a pas pu être lu (%1) ; il n’est donc pas écrasé</translation>
    </message>
    <message>
        <source>a file Relata did not read is already there; it is not written over</source>
        <translation>un fichier que Relata n’a pas lu s’y trouve déjà ; il n’est pas écrasé</translation>
    </message>
    <message>
        <source>the file changed on disk since Relata read it; reload it before saving</source>
        <translation>le fichier a changé sur le disque depuis que Relata l’a lu ; rechargez-le avant d’enregistrer</translation>
    </message>
</context>
<context>
    <name>relata::json</name>
    <message>
        <source>unexpected control character %1 after the end of the top-level value</source>
        <translation>caractère de contrôle %1 inattendu après la fin de la valeur de premier niveau</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the top-level value</source>
        <translation>%1 inattendu après la fin de la valeur de premier niveau</translation>
    </message>
    <message>
        <source>unexpected control character %1 after the end of the top-level value (a closing bracket too many before it?)</source>
        <translation>caractère de contrôle %1 inattendu après la fin de la valeur de premier niveau (un crochet fermant de trop avant&#xa0;?)</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the top-level value (a closing bracket too many before it?)</source>
        <translation>%1 inattendu après la fin de la valeur de premier niveau (un crochet fermant de trop avant&#xa0;?)</translation>
    </message>
    <message>
        <source>unexpected control character %1 where a value was expected</source>
        <translation>caractère de contrôle %1 inattendu là où une valeur était attendue</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>%1 inattendu là où une valeur était attendue</translation>
    </message>
    <message>
        <source>unexpected control character %1 where a property name in double quotes was expected</source>
        <translation>caractère de contrôle %1 inattendu là où un nom de propriété entre guillemets doubles était attendu</translation>
    </message>
    <message>
        <source>unexpected %1 where a property name in double quotes was expected</source>
        <translation>%1 inattendu là où un nom de propriété entre guillemets doubles était attendu</translation>
    </message>
    <message>
        <source>unexpected control character %1 where &apos;:&apos; was expected after the property name</source>
        <translation>caractère de contrôle %1 inattendu là où &apos;:&apos; était attendu après le nom de propriété</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected after the property name</source>
        <translation>%1 inattendu là où &apos;:&apos; était attendu après le nom de propriété</translation>
    </message>
    <message>
        <source>the file is empty: expected a JSON value</source>
        <translation>le fichier est vide&#xa0;: une valeur JSON était attendue</translation>
    </message>
    <message>
        <source>unresolved merge conflict marker %1 (resolve the git conflict)</source>
        <translation>marqueur de conflit de fusion non résolu %1 (résolvez le conflit git)</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>les commentaires ne sont pas autorisés en JSON</translation>
    </message>
    <message>
        <source>unexpected end of file: the object opened at line %1:%2 is not closed</source>
        <translation>fin de fichier inattendue&#xa0;: l’objet ouvert à la ligne %1:%2 n’est pas fermé</translation>
    </message>
    <message>
        <source>unexpected end of file: the array opened at line %1:%2 is not closed</source>
        <translation>fin de fichier inattendue&#xa0;: le tableau ouvert à la ligne %1:%2 n’est pas fermé</translation>
    </message>
    <message>
        <source>unexpected end of file: expected a value</source>
        <translation>fin de fichier inattendue&#xa0;: une valeur était attendue</translation>
    </message>
    <message>
        <source>strings must be in double quotes</source>
        <translation>les chaînes doivent être entre guillemets doubles</translation>
    </message>
    <message>
        <source>invalid literal %1 (expected true, false or null)</source>
        <translation>littéral invalide %1 (attendu&#xa0;: true, false ou null)</translation>
    </message>
    <message>
        <source>invalid number %1: %2</source>
        <extracomment>%2 says what is wrong with the number, e.g. &quot;leading zeros are not allowed&quot;.</extracomment>
        <translation>nombre invalide %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>leading zeros are not allowed</source>
        <translation>les zéros en tête ne sont pas autorisés</translation>
    </message>
    <message>
        <source>expected a digit</source>
        <translation>un chiffre était attendu</translation>
    </message>
    <message>
        <source>expected a digit after &apos;.&apos;</source>
        <translation>un chiffre était attendu après &apos;.&apos;</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>un chiffre était attendu dans l’exposant</translation>
    </message>
    <message>
        <source>unexpected characters after the number</source>
        <translation>caractères inattendus après le nombre</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>le nombre %1 est trop grand</translation>
    </message>
    <message>
        <source>unterminated string: the closing &apos;&quot;&apos; is missing</source>
        <translation>chaîne non terminée&#xa0;: le &apos;&quot;&apos; fermant manque</translation>
    </message>
    <message>
        <source>unterminated string: the line ends before the closing &apos;&quot;&apos;</source>
        <translation>chaîne non terminée&#xa0;: la ligne se termine avant le &apos;&quot;&apos; fermant</translation>
    </message>
    <message>
        <source>control character %1 in a string must be escaped (%2)</source>
        <translation>le caractère de contrôle %1 dans une chaîne doit être échappé (%2)</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte in a string (the file must be UTF-8)</source>
        <translation>octet UTF-8 invalide dans une chaîne (le fichier doit être en UTF-8)</translation>
    </message>
    <message>
        <source>unterminated string: the file ends inside an escape</source>
        <translation>chaîne non terminée&#xa0;: le fichier se termine au milieu d’une séquence d’échappement</translation>
    </message>
    <message>
        <source>invalid escape %1 in a string (valid: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>séquence d’échappement invalide %1 dans une chaîne (valides&#xa0;: \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>invalid unicode escape: a high surrogate must be followed by a low one</source>
        <translation>échappement unicode invalide&#xa0;: un demi-codet haut doit être suivi d’un demi-codet bas</translation>
    </message>
    <message>
        <source>invalid unicode escape: unpaired surrogate %1</source>
        <translation>échappement unicode invalide&#xa0;: demi-codet isolé %1</translation>
    </message>
    <message>
        <source>invalid unicode escape %1: expected four hex digits after \u</source>
        <translation>échappement unicode invalide %1&#xa0;: quatre chiffres hexadécimaux étaient attendus après \u</translation>
    </message>
    <message>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>virgule en trop avant &apos;}&apos;</translation>
    </message>
    <message>
        <source>property names must be in double quotes</source>
        <translation>les noms de propriété doivent être entre guillemets doubles</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation>&apos;,&apos; ou &apos;}&apos; était attendu après un membre d’objet</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: the last value wins, as in JSON.parse</source>
        <translation>clé en double &quot;%1&quot;&#xa0;: la dernière valeur l’emporte, comme avec JSON.parse</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>virgule en trop avant &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation>&apos;,&apos; ou &apos;]&apos; était attendu après un élément de tableau</translation>
    </message>
    <message>
        <source>nested too deeply (more than %1 levels)</source>
        <translation>imbriqué trop profondément (plus de %1 niveaux)</translation>
    </message>
</context>
<context>
    <name>relata::lb4</name>
    <message>
        <source>`files` must be an object of relative path: SHA-256</source>
        <translation>`files` doit être un objet chemin relatif : SHA-256</translation>
    </message>
    <message>
        <source>`%1` is not a path inside this folder with the SHA-256 of its bytes</source>
        <translation>`%1` n&apos;est pas un chemin dans ce dossier avec le SHA-256 de ses octets</translation>
    </message>
    <message>
        <source>edited since the last export; kept as it is</source>
        <translation>modifié depuis le dernier export ; conservé tel quel</translation>
    </message>
    <message>
        <source>edited since the last export, and the LoopBack 3 app changed it too; kept as it is (delete it and export again to get the new version)</source>
        <translation>modifié depuis le dernier export, et l&apos;application LoopBack 3 l&apos;a aussi changé ; conservé tel quel (supprimez-le et exportez à nouveau pour obtenir la nouvelle version)</translation>
    </message>
    <message>
        <source>edited since the last export, and its model is gone from the LoopBack 3 app; kept (delete it when you no longer need it)</source>
        <translation>modifié depuis le dernier export, et son modèle a disparu de l&apos;application LoopBack 3 ; conservé (supprimez-le quand vous n&apos;en avez plus besoin)</translation>
    </message>
    <message>
        <source>not written by the export, which now generates a file of this name; kept (move it away and export again to get the generated one)</source>
        <translation>pas écrit par l&apos;export, qui génère maintenant un fichier de ce nom ; conservé (déplacez-le et exportez à nouveau pour obtenir celui généré)</translation>
    </message>
    <message>
        <source>(nothing was written: delete the file to export afresh)</source>
        <translation>(rien n&apos;a été écrit : supprimez le fichier pour exporter à neuf)</translation>
    </message>
</context>
<context>
    <name>relata::preview::PreviewPanel</name>
    <message>
        <source>The model whose records are listed</source>
        <translation>Le modèle dont les enregistrements sont listés</translation>
    </message>
    <message>
        <source>LoopBack filter as JSON, e.g. {&quot;where&quot;: {&quot;vip&quot;: true}}</source>
        <translation>Filtre LoopBack en JSON, p. ex. {&quot;where&quot;: {&quot;vip&quot;: true}}</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>No app open.</source>
        <translation>Aucune application ouverte.</translation>
    </message>
    <message>
        <source>No database: open one, or create a sample database.</source>
        <translation>Aucune base de données&#xa0;: ouvrez-en une ou créez une base d’exemple.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Query failed: %1 (the rows shown are from the last query that ran)</source>
        <translation>La requête a échoué&#xa0;: %1 (les lignes affichées viennent de la dernière requête réussie)</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Create Sample Database…</source>
        <translation>Créer une base d’exemple…</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Create Sample Database</source>
        <translation>Créer une base d’exemple</translation>
    </message>
    <message>
        <source>Relata creates the app&apos;s tables in a new SQLite file and fills them with sample rows that respect every relation. Where should the file go?</source>
        <translation>Relata crée les tables de l’application dans un nouveau fichier SQLite et les remplit de lignes d’exemple qui respectent chaque relation. Où placer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Temporary File</source>
        <translation>Fichier temporaire</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Writing sample rows into %1…</source>
        <translation>Écriture des lignes d’exemple dans %1…</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>Base de données&#xa0;: %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Run one of the model&apos;s named scopes (its &quot;scopes&quot;) with the filter, as Model.scopeName(filter) does, instead of Model.find(filter)</source>
        <translation>Exécuter l’un des scopes nommés du modèle (ses &quot;scopes&quot;) avec le filtre, comme Model.scopeName(filter), au lieu de Model.find(filter)</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope&#xa0;:</translation>
    </message>
    <message>
        <source>none: find every record</source>
        <translation>aucun&#xa0;: chercher tous les enregistrements</translation>
    </message>
</context>
<context>
    <name>relata::preview::PreviewWorker</name>
    <message>
        <source>the app has no compiled models yet</source>
        <translation>l’application n’a pas encore de modèles compilés</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>le fichier existant ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>The app has no model named %1.</source>
        <translation>L’application n’a pas de modèle nommé %1.</translation>
    </message>
    <message>
        <source>%1 %2 is not in the database any more.</source>
        <translation>%1 %2 n’est plus dans la base de données.</translation>
    </message>
</context>
<context>
    <name>relata::preview::QueryView</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
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
        <translation>Verbe</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Run a query in the records view or select a relation in the tree.</source>
        <translation>Lancez une requête dans la vue des enregistrements ou choisissez une relation dans l’arbre.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>REST call:</source>
        <translation>Appel REST&#xa0;:</translation>
    </message>
    <message>
        <source>Filter as LoopBack receives it:</source>
        <translation>Filtre tel que LoopBack le reçoit&#xa0;:</translation>
    </message>
    <message>
        <source>SQL run:</source>
        <translation>SQL exécuté&#xa0;:</translation>
    </message>
    <message>
        <source>Relation routes:</source>
        <translation>Routes de la relation&#xa0;:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1
bound: %2</source>
        <translation>%1
liées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
bound: %2
%3</source>
        <translation>%1
liées&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>statements: %1 · rows: %2 · %3 ms</source>
        <translation>instructions&#xa0;: %1 · lignes&#xa0;: %2 · %3 ms</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>no relations</source>
        <translation>aucune relation</translation>
    </message>
    <message>
        <source>%1 %2.%3</source>
        <translation>%1 %2.%3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>relata::query</name>
    <message>
        <source>`nor` is not an operator LoopBack knows: SQL drops the condition</source>
        <translation>`nor` n’est pas un opérateur connu de LoopBack&#xa0;: SQL abandonne la condition</translation>
    </message>
    <message>
        <source>`%1` is not a property of %2: sorting by it does nothing</source>
        <translation>`%1` n’est pas une propriété de %2&#xa0;: trier selon elle n’a aucun effet</translation>
    </message>
    <message>
        <source>skip without limit runs with limit 100</source>
        <translation>skip sans limit s’exécute avec limit 100</translation>
    </message>
    <message>
        <source>`%1` is a path into an object: SQL cannot see inside it and drops the condition</source>
        <translation>`%1` est un chemin dans un objet&#xa0;: SQL ne peut pas y regarder et abandonne la condition</translation>
    </message>
    <message>
        <source>`%1` is not a property of %2: SQL drops the condition</source>
        <translation>`%1` n’est pas une propriété de %2&#xa0;: SQL abandonne la condition</translation>
    </message>
    <message>
        <source>`%1` is hidden: LoopBack&apos;s REST API removes it from queries</source>
        <translation>`%1` est masqué&#xa0;: l’API REST de LoopBack le retire des requêtes</translation>
    </message>
    <message>
        <source>only `%1` applies: LoopBack keeps one operator per condition; use `and` or `between` for ranges</source>
        <translation>seul `%1` s’applique&#xa0;: LoopBack garde un opérateur par condition&#xa0;; utilisez `and` ou `between` pour les intervalles</translation>
    </message>
    <message>
        <source>the SQLite connector cannot run `%1` (LoopBack answers a SQL syntax error); Relata runs a case-insensitive LIKE</source>
        <translation>le connecteur SQLite ne sait pas exécuter `%1` (LoopBack répond par une erreur de syntaxe SQL)&#xa0;; Relata exécute un LIKE insensible à la casse</translation>
    </message>
    <message>
        <source>the SQLite connector has no REGEXP function (LoopBack answers an error); Relata provides one</source>
        <translation>le connecteur SQLite n’a pas de fonction REGEXP (LoopBack répond par une erreur)&#xa0;; Relata en fournit une</translation>
    </message>
    <message>
        <source>`%1` on a %2 property matches nothing: the connector binds NULL</source>
        <translation>`%1` sur une propriété de type %2 ne trouve rien&#xa0;: le connecteur lie NULL</translation>
    </message>
    <message>
        <source>LoopBack includes `%1` %2 times for this object, so each of its results appears %2 times, and leaves out %3; list the relations in an array</source>
        <translation>LoopBack inclut `%1` %2 fois pour cet objet, chacun de ses résultats apparaît donc %2 fois, et laisse de côté %3 ; listez les relations dans un tableau</translation>
    </message>
    <message>
        <source>LoopBack includes only the first key of this object, `%1`, and leaves out %2; list the relations in an array</source>
        <translation>LoopBack n&apos;inclut que la première clé de cet objet, `%1`, et laisse de côté %2 ; listez les relations dans un tableau</translation>
    </message>
</context>
<context>
    <name>relata::schema</name>
    <message>
        <source>two files define the model `%1`; LoopBack uses the last one, %2</source>
        <translation>deux fichiers définissent le modèle `%1`&#xa0;; LoopBack utilise le dernier, %2</translation>
    </message>
    <message>
        <source>LoopBack never sets up the relation `%1` of %2: there is no model named `%3` (names are case-sensitive)</source>
        <translation>LoopBack ne met jamais en place la relation `%1` de %2&#xa0;: aucun modèle ne s’appelle `%3` (les noms sont sensibles à la casse)</translation>
    </message>
    <message>
        <source>LoopBack never sets up the relation `%1` of %2: `%3` is not attached to a datasource</source>
        <translation>LoopBack ne met jamais en place la relation `%1` de %2&#xa0;: `%3` n’est attaché à aucune source de données</translation>
    </message>
</context>
<context>
    <name>relata::store</name>
    <message>
        <source>expected a number, got %1</source>
        <translation>un nombre était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a boolean, got %1</source>
        <translation>un booléen était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a date (ISO 8601 text or milliseconds), got %1</source>
        <translation>une date était attendue (texte ISO 8601 ou millisecondes), reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>une chaîne était attendue, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>un objet était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>un tableau était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a GeoPoint {&quot;lat&quot;: -90..90, &quot;lng&quot;: -180..180}, got %1</source>
        <translation>un GeoPoint {&quot;lat&quot;: -90..90, &quot;lng&quot;: -180..180} était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object (%2), got %1</source>
        <translation>un objet (%2) était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a string or an array of bytes, got %1</source>
        <translation>une chaîne ou un tableau d’octets était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a whole number for an id, got %1</source>
        <translation>un nombre entier était attendu pour un id, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsupported type</source>
        <translation>type non pris en charge</translation>
    </message>
    <message>
        <source>the database is locked by another program (waited %1 ms); close the other program or wait, then try again</source>
        <translation>la base de données est verrouillée par un autre programme (attente de %1 ms)&#xa0;; fermez l’autre programme ou patientez, puis réessayez</translation>
    </message>
    <message>
        <source>not a SQLite database (the file header is wrong)</source>
        <translation>pas une base de données SQLite (l’en-tête du fichier est incorrect)</translation>
    </message>
    <message>
        <source>the database file is corrupt (%1)</source>
        <translation>le fichier de base de données est corrompu (%1)</translation>
    </message>
    <message>
        <source>the database cannot be written (%1)</source>
        <translation>la base de données ne peut pas être écrite (%1)</translation>
    </message>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>impossible d’ouvrir le fichier (%1)</translation>
    </message>
    <message>
        <source>permission denied (%1)</source>
        <translation>permission refusée (%1)</translation>
    </message>
    <message>
        <source>no database file given</source>
        <translation>aucun fichier de base de données indiqué</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>no such database file</source>
        <translation>ce fichier de base de données n’existe pas</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver gave no database handle</source>
        <translation>le pilote SQLite de Qt n’a fourni aucun handle de base de données</translation>
    </message>
    <message>
        <source>the data must be an object {&quot;Model&quot;: [records…]}</source>
        <translation>les données doivent être un objet {&quot;Model&quot;: [enregistrements…]}</translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; in the app</source>
        <translation>aucun modèle nommé &quot;%1&quot; dans l’application</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; is not persisted (its base is Model), so it has no table</source>
        <translation>le modèle &quot;%1&quot; n’est pas persistant (sa base est Model), il n’a donc pas de table</translation>
    </message>
    <message>
        <source>expected an array of records</source>
        <translation>un tableau d’enregistrements était attendu</translation>
    </message>
    <message>
        <source>expected a record object, got %1</source>
        <translation>un objet enregistrement était attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is required (can&apos;t be blank)</source>
        <translation>est obligatoire (ne peut pas être vide)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a property; LoopBack does not store it</source>
        <translation>%1&#xa0;: &quot;%2&quot; n’est pas une propriété&#xa0;; LoopBack ne l’enregistre pas</translation>
    </message>
    <message>
        <source>duplicate id %1 (already in table &quot;%2&quot;)</source>
        <translation>id en double %1 (déjà dans la table &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the id column %1 is missing, and SQLite cannot add a primary key to an existing table</source>
        <translation>la colonne id %1 manque, et SQLite ne peut pas ajouter de clé primaire à une table existante</translation>
    </message>
    <message>
        <source>column %1 was added without NOT NULL: SQLite adds a NOT NULL column only with a default</source>
        <translation>la colonne %1 a été ajoutée sans NOT NULL&#xa0;: SQLite n’ajoute une colonne NOT NULL qu’avec une valeur par défaut</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ouverte en lecture seule</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; already has rows; seed fills empty tables only (give a new --db file)</source>
        <translation>la table &quot;%1&quot; contient déjà des lignes&#xa0;; seed ne remplit que des tables vides (indiquez un nouveau fichier --db)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a database file, %2 what is wrong with it.
----------
%1 is where the problem is (Model[index].property), %2 the problem.
----------
%1 is Model.property, %2 why its value cannot be stored.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 at %3:%4</source>
        <extracomment>%1 is a column, %2 says what is wrong, %3:%4 where in the column&apos;s text.</extracomment>
        <translation>colonne « %1 » : %2 en %3:%4</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket), so not a database file</source>
        <translation>pas un fichier ordinaire (un tube, un périphérique ou un socket), donc pas un fichier de base de données</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library than Relata (%1); Relata cannot add its REGEXP function to that connection. Install a Qt SQLite plugin built against the system SQLite.</source>
        <extracomment>%1 is a version such as 3.40.1.</extracomment>
        <translation>Le pilote SQLite de Qt utilise une autre bibliothèque SQLite que Relata (%1) ; Relata ne peut pas ajouter sa fonction REGEXP à cette connexion. Installez un plugin SQLite de Qt compilé avec le SQLite du système.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a LoopBack built-in model that the app attaches to no datasource, so it has no table</source>
        <translation>« %1 » est un modèle intégré de LoopBack que l&apos;application n&apos;attache à aucune source de données, il n&apos;a donc pas de table</translation>
    </message>
    <message>
        <source>%1.%2 is stored in column %3: SQLite column names ignore case, and another property of the model has the column %4</source>
        <translation>%1.%2 est stocké dans la colonne %3 : SQLite ne distingue pas la casse des noms de colonnes, et une autre propriété du modèle a la colonne %4</translation>
    </message>
    <message>
        <source>%1.%2 and %1.%3 both use the column %4, and SQLite column names ignore case: give one of them another sqlite3.columnName</source>
        <translation>%1.%2 et %1.%3 utilisent tous deux la colonne %4, et SQLite ne distingue pas la casse des noms de colonnes : donnez à l&apos;une d&apos;elles un autre sqlite3.columnName</translation>
    </message>
</context>
</TS>
