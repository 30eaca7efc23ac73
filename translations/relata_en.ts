<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>relata::DiagramScene</name>
    <message numerus="yes">
        <source>Move %n model(s)</source>
        <translation>
            <numerusform>Move %n model</numerusform>
            <numerusform>Move %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::EditController</name>
    <message numerus="yes">
        <source>Delete %n model(s)</source>
        <translation>
            <numerusform>Delete %n model</numerusform>
            <numerusform>Delete %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n model(s)</source>
        <translation>
            <numerusform>Duplicate %n model</numerusform>
            <numerusform>Duplicate %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::InspectorPanel</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::MainWindow</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s)</source>
        <translation>
            <numerusform>Saved %n file</numerusform>
            <numerusform>Saved %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ModelList</name>
    <message numerus="yes">
        <source>%1 · %2 · %n relation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n relation</numerusform>
            <numerusform>%1 · %2 · %n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relata::cli</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
