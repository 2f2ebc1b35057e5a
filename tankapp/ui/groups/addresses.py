"""Copy a group's e-mail addresses for an invitation (groups and members pages alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from tankapp.services.errors import ServiceError
from tankapp.ui.ops import Operations

# How many members without an address the status message names before it says "and N more".
NAMED_WITHOUT_EMAIL = 4


translate = QCoreApplication.translate  # called with a literal context and text, which lupdate reads


def copy_button_tooltip() -> str:
    return translate("GroupAddresses", "Put the e-mail addresses of the group's active members on the clipboard, for an invitation. "
               "Paste them into Bcc, so the members do not see each other's addresses.")


def copy_invitation_addresses(ops: Operations, group_id: int) -> str:
    """Put 'Name <email>; …' of the group's active members on the clipboard; returns the status message.

    Nothing is put on the clipboard when no member has an address (the message says so).
    """
    try:
        found = ops.groups.invitation_addresses(group_id)
    except ServiceError as exc:
        return Operations.message(exc)
    if found.count == 0:
        message = translate("GroupAddresses", "No active member of %1 has an e-mail address; nothing was copied.").replace("%1", found.group)
        return message
    QGuiApplication.clipboard().setText(found.text)
    copied = (translate("GroupAddresses", "1 e-mail address of %2 copied: paste it into Bcc.") if found.count == 1
              else translate("GroupAddresses", "%1 e-mail addresses of %2 copied: paste them into Bcc."))
    message = copied.replace("%1", str(found.count)).replace("%2", found.group)
    missing = list(found.without_email)
    if missing:
        names = ", ".join(missing[:NAMED_WITHOUT_EMAIL])
        if len(missing) > NAMED_WITHOUT_EMAIL:
            names = translate("GroupAddresses", "%1 and %2 more").replace("%1", names).replace("%2", str(len(missing) - NAMED_WITHOUT_EMAIL))
        message += " " + translate("GroupAddresses", "Without an e-mail address: %1.").replace("%1", names)
    return message
