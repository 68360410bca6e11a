#!/usr/bin/env python3
"""Writes the man page lotrace(1) from the command-line interface swift-argument-parser describes.

    lotrace --experimental-dump-help | scripts/man-page.py > docs/lotrace.1

Reads the JSON that `--experimental-dump-help` prints (the tool description swift-argument-parser's
own `generate-manual` plugin reads) and writes a man(7) page: the synopsis and description of
lotrace, then one section per subcommand with its arguments and options (value names, defaults,
help texts), the exit status, the files an installed lotrace reads, and where to read more.
`make install` installs docs/lotrace.1; LotraceCLITests checks that it is this script's output
for the current executable, so the page never falls behind `lotrace --help`.
"""
import json
import sys


def escape(text):
    """Text for a man page: backslashes and hyphens escaped, no line starting with a dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return "\n".join(lines)


def paragraphs(text):
    """Help and discussion text: paragraphs kept, lines within a paragraph joined."""
    out = []
    for paragraph in text.strip().split("\n\n"):
        out.append(escape(" ".join(line.strip() for line in paragraph.splitlines())))
    return "\n.PP\n".join(out)


def names(argument):
    forms = []
    for name in argument.get("names", []):
        dashes = "\\-\\-" if name["kind"] == "long" else "\\-"
        forms.append("\\fB" + dashes + escape(name["name"]) + "\\fR")
    return ", ".join(forms)


def usage(argument):
    value = escape(argument.get("valueName", ""))
    if argument["kind"] == "positional":
        text = "\\fI" + value + "\\fR" + ("..." if argument.get("isRepeating") else "")
    elif argument["kind"] == "option":
        text = names(argument).split(", ")[0] + " \\fI" + value + "\\fR"
    else:
        text = names(argument).split(", ")[0]
    return "[" + text + "]" if argument.get("isOptional") else text


def visible(arguments):
    return [
        argument
        for argument in arguments or []
        if argument.get("shouldDisplay", True) and not any(n["name"] in ("help", "version") for n in argument.get("names", []))
    ]


def arguments_list(arguments):
    out = []
    for argument in visible(arguments):
        out.append(".TP")
        if argument["kind"] == "positional":
            out.append("\\fI" + escape(argument.get("valueName", "")) + "\\fR")
        elif argument["kind"] == "option":
            out.append(names(argument) + " \\fI" + escape(argument.get("valueName", "")) + "\\fR")
        else:
            out.append(names(argument))
        text = paragraphs(argument.get("abstract", ""))
        if "defaultValue" in argument:
            text += " (default: " + escape(argument["defaultValue"]) + ")"
        out.append(text)
    return out


def main():
    tool = json.load(sys.stdin)["command"]
    name = tool["commandName"]
    commands = [command for command in tool.get("subcommands", []) if command.get("shouldDisplay", True) and command["commandName"] != "help"]
    out = [
        '.TH "%s" "1" "" "Lotrace" "User Commands"' % name.upper(),
        ".SH NAME",
        escape(name) + " \\- " + escape(tool.get("abstract", "")),
        ".SH SYNOPSIS",
        ".B " + escape(name),
        "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        escape(tool.get("abstract", "")),
        ".SH COMMANDS",
    ]
    for command in commands:
        out.append('.SS "%s %s"' % (escape(name), escape(command["commandName"])))
        out.append(".B " + escape(name + " " + command["commandName"]))
        out.append(" ".join(usage(argument) for argument in visible(command.get("arguments"))))
        out.append(".PP")
        out.append(paragraphs(command.get("abstract", "")))
        if command.get("discussion"):
            out.append(".PP")
            out.append(paragraphs(command["discussion"]))
        out.extend(arguments_list(command.get("arguments")))
    out += [
        ".SH EXIT STATUS",
        paragraphs(tool.get("discussion", "")),
        ".SH FILES",
        ".TP",
        "\\fI<prefix>/share/lotrace/templates\\fR",
        "The Mustache templates, stylesheet and scripts of the site and of the HTML documents, used when "
        "\\fB\\-\\-templates\\fR is not given and \\fI./templates\\fR does not exist.",
        ".TP",
        "\\fI<prefix>/share/lotrace/schemas\\fR",
        "The XML schemas of Lotrace's documents and interchange format, used when \\fB\\-\\-schemas\\fR "
        "and \\fBLOTRACE_SCHEMAS\\fR are not given and \\fI./schemas\\fR does not exist.",
        ".TP",
        "\\fIlotrace.json\\fR",
        "Settings in the data folder: the company, the time zone of the exports, EPCIS identifiers, "
        "unit codes and the barcodes of delivery slips.",
        ".SH SEE ALSO",
        "The README of the project, and \\fBlotrace\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR.",
    ]
    sys.stdout.write("\n".join(out) + "\n")


main()
