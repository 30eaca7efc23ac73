#pragma once

#include "cli.h"

#include <QCoreApplication>

#include <memory>

// One function per relata-cli command; main.cpp's table lists them.
namespace relata::cli {

int runValidate(const Args& args);
int runGraph(const Args& args);
int runExport(const Args& args);
int runExportLb4(const Args& args);
int runQuery(const Args& args);
int runRelated(const Args& args);
int runMigrate(const Args& args);
int runLoad(const Args& args);
int runSeed(const Args& args);
int runRoutes(const Args& args);
int runRender(const Args& args);

// A QApplication for commands that paint (render), else a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv, bool gui);

} // namespace relata::cli
