import Commands

KopruCommand.start()
