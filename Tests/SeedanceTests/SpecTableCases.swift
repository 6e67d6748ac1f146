/// The scenarios of the provider's page (text to video, first frame, first and last
/// frame, multimodal references, storyboard) with each model.
enum ScenarioCases {
    typealias Case = SpecTableTests.Case

    static let all: [Case] = textToVideo + frames + references + [storyboard]

    static let textToVideo: [Case] = [
        Case("text to video, pro", "model: seedance_2_0_pro\nprompt: A cat dancing in the rain\nduration: 6\naspect_ratio: \"16:9\"\n", []),
        Case("text to video, fast pro", "model: seedance_2_0_fast_pro\nprompt: A paper boat\ngenerateAudio: false\n", []),
        Case("text to video, standard: needs reference videos", "model: seedance_2_0\nprompt: A cat\n", ["reference-video-required@1"]),
        Case("text to video, fast: needs reference videos", "prompt: A cat\nmodel: seedance_2_0_fast\n", ["reference-video-required@2"]),
        Case("text to video, a raw API body", file: "body.json",
             #"{"model": "seedance_2_0_pro", "prompt": "A cat", "duration": 5, "aspect_ratio": "adaptive", "generateAudio": true}"#, []),
    ]

    static let frames: [Case] = [
        Case("first frame, pro", "model: seedance_2_0_pro\nprompt: The barista pours\nfirst_image: https://cdn.example.com/f/barista.jpg\n", []),
        Case("first frame, asset id, fast pro", "model: seedance_2_0_fast_pro\nprompt: The barista pours\nfirst_image: asset://barista-01\n", []),
        Case("first frame, standard: one error, fixed by a Pro model",
             "model: seedance_2_0\nprompt: The barista pours\nfirst_image: https://cdn.example.com/f/barista.jpg\n",
             ["reference-video-required@1"]),
        Case("first and last frame, fast pro",
             "model: seedance_2_0_fast_pro\nprompt: The bud opens\nfirst_image: https://cdn.example.com/bud.png\nlast_image:\n  url: https://cdn.example.com/bloom.PNG\n",
             []),
        Case("last frame alone", "model: seedance_2_0_pro\nprompt: The bud opens\nlast_image: https://cdn.example.com/bloom.png\n",
             ["last-image-without-first@3"]),
        Case("a face in the first frame must be an asset",
             "model: seedance_2_0_pro\nprompt: She smiles\nfirst_image:\n  url: https://cdn.example.com/host.png\n  faces: true\n",
             ["faces-asset@4"]),
        Case("a local first frame", "model: seedance_2_0_pro\nprompt: The bud opens\nfirst_image: frames/bud.png\n", ["media-url@3"]),
    ]

    static let references: [Case] = [
        Case("multimodal references, standard model with a video",
             """
             model: seedance_2_0
             prompt: The dancer from video 1 performs in the studio of image 1 in the costume of @image2, on the beat of audio 1.
             referenceImages:
               - https://cdn.example.com/refs/studio.webp
               - url: asset://costume-7f3a
                 faces: true
             referenceVideos:
               - url: https://cdn.example.com/refs/choreo.mp4
                 duration: 8
             referenceAudios:
               - url: https://cdn.example.com/refs/beat.mp3
                 duration: 6
             """, []),
        Case("multimodal references, fast model, lengths unknown",
             "model: seedance_2_0_fast\nprompt: In the style of video 2\nreferenceVideos:\n  - https://cdn.example.com/a.mp4\n  - https://cdn.example.com/b.mov\n",
             ["duration-unchecked@3"]),
        Case("references without video, pro", "model: seedance_2_0_pro\nprompt: The cat of image 1\nreferenceImages: [https://cdn.example.com/cat.gif]\n", []),
        Case("references without video, standard", "model: seedance_2_0\nprompt: The cat of image 1\nreferenceImages: [https://cdn.example.com/cat.gif]\n",
             ["reference-video-required@1"]),
        Case("references and a first frame", "model: seedance_2_0_pro\nprompt: a cat\nfirst_image: https://cdn.example.com/a.png\nreferenceAudios:\n  - url: https://cdn.example.com/a.wav\n    duration: 4\n",
             ["frame-reference-exclusive@4"]),
        Case("audio too long, in total too long, and a prompt past the list",
             """
             model: seedance_2_0_pro
             prompt: On the beat of audio 3
             referenceAudios:
               - url: https://cdn.example.com/a.mp3
                 duration: 16
               - url: https://cdn.example.com/b.mp3
                 duration: 3
             """, ["media-duration@5", "duration-total@3", "prompt-reference@2"]),
    ]

    static let storyboard = Case("storyboard with shared defaults", """
        name: spring-launch
        description: The teaser.
        defaults:
          model: seedance_2_0_pro
          duration: 5
          aspect_ratio: "16:9"
        shots:
          - name: teaser-open
            prompt: Morning light over an orchard.
          - name: teaser-product
            prompt: The bottle turns.
            first_image: https://cdn.example.com/bottle.png
            duration: 6
          - prompt: The logo assembles.
            model: seedance_2_0_fast_pro
            output: renders/logo.mp4
        """, [])
}

/// How a storyboard shot inherits from `defaults:`: one finding for every inheriting shot,
/// a shot that overrides, a null that removes, a list that replaces a list.
enum InheritanceCases {
    typealias Case = SpecTableTests.Case

    static let all: [Case] = [
        Case("a bad inherited value is reported once, in defaults", """
            defaults:
              model: seedance_2_0_pro
              duration: 3
              first_image: ./frames/a.png
            shots:
              - prompt: a
              - prompt: b
              - prompt: c
            """, ["duration-range@3", "media-url@4"]),
        Case("every shot overrides the bad value: still reported where it is written", """
            defaults:
              model: seedance_2_0_pro
              duration: 3
            shots:
              - prompt: a
                duration: 5
            """, ["duration-range@3"]),
        Case("a shot overrides an inherited model", """
            defaults:
              model: seedance_2_0
              referenceVideos:
                - {url: https://cdn.example.com/a.mp4, duration: 5}
            shots:
              - prompt: uses the video
              - prompt: text to video
                model: seedance_2_0_pro
                referenceVideos: null
            """, []),
        Case("a null removes an inherited frame so references can be used", """
            defaults:
              model: seedance_2_0_pro
              first_image: https://cdn.example.com/a.png
            shots:
              - prompt: from the frame
              - prompt: from image 1
                first_image:
                referenceImages: [https://cdn.example.com/b.png]
            """, []),
        Case("an inherited frame and a shot's own references", """
            defaults:
              model: seedance_2_0_pro
              first_image: https://cdn.example.com/a.png
            shots:
              - prompt: from image 1
                referenceImages: [https://cdn.example.com/b.png]
            """, ["frame-reference-exclusive@6"]),
        Case("a null removes the required prompt", """
            defaults:
              model: seedance_2_0_pro
              prompt: shared
            shots:
              - name: a
              - name: b
                prompt: null
            """, ["required-field@6"]),
        Case("a list replaces the inherited list, not appended", """
            defaults:
              model: seedance_2_0_pro
              prompt: the cat of image 2
              referenceImages:
                - https://cdn.example.com/1.png
                - https://cdn.example.com/2.png
            shots:
              - name: both
              - name: one
                referenceImages: [https://cdn.example.com/3.png]
            """, ["prompt-reference@3"]),
        Case("an over-long inherited list, replaced by one shot", """
            defaults:
              model: seedance_2_0_pro
              prompt: a cat
              referenceVideos:
                - {url: https://cdn.example.com/1.mp4, duration: 5}
                - {url: https://cdn.example.com/2.mp4, duration: 5}
                - {url: https://cdn.example.com/3.mp4, duration: 4}
                - {url: https://cdn.example.com/4.mp4, duration: 4}
            shots:
              - name: a
              - name: b
                referenceVideos: [{url: https://cdn.example.com/5.mp4, duration: 5}]
            """, ["reference-count@8", "duration-total@4"]),
        Case("an inherited list with an unknown length: one note for all shots", """
            defaults:
              model: seedance_2_0
              prompt: a cat
              referenceVideos: [https://cdn.example.com/1.mp4]
            shots:
              - name: a
              - name: b
              - name: c
                referenceVideos: [{url: https://cdn.example.com/2.mp4, duration: 6}]
            """, ["duration-unchecked@4"]),
        Case("an inherited model with a shot's own frame", """
            defaults:
              model: seedance_2_0
              prompt: a cat
            shots:
              - first_image: https://cdn.example.com/a.png
            """, ["reference-video-required@5"]),
    ]
}

/// Specs broken in many ways at once, as they are in review.
enum BrokenSpecCases {
    typealias Case = SpecTableTests.Case

    static let all: [Case] = [
        Case("a storyboard with top-level task fields and shot-only defaults", file: "launch.yaml", """
            model: seedance_2_0_pro
            defaults:
              name: shared
              output: renders/x.mp4
              duration: 5
            shots:
              - prompt: a
              - just a string
              - name: launch-1
                prompt: b
            """, ["storyboard-task-field@1", "defaults-shot-only@3", "defaults-shot-only@4", "storyboard-shots@8",
                  "name-duplicate@9", "required-field@7", "required-field@9"]),
        Case("a media mapping whose url is empty", "model: seedance_2_0\nprompt: a\nreferenceVideos:\n  - url:\n    duration: 5\n",
             ["media-url@4"]),
        Case("empty shots", "defaults:\n  model: seedance_2_0_pro\nshots: []\n", ["storyboard-shots@3"]),
        Case("media everywhere wrong", """
            model: seedance_2_0_pro
            prompt: a cat
            referenceImages:
              - http://cdn.example.com/a.png
              - https://192.168.1.20/b.png
              - https://cdn.example.com/c.heic
              - url: https://cdn.example.com/d.png
                duration: 5
              - file: ./e.png
            referenceAudios: []
            """, ["media-http@4", "media-url@5", "media-format@6", "media-duration@8", "media-url@9", "media-file@9", "empty-list@10"]),
        Case("names and outputs", file: "my clip.yaml", """
            model: seedance_2_0_pro
            prompt: a
            output: /tmp/a.mp4
            ---
            model: seedance_2_0_pro
            prompt: b
            name: Shot Two
            output: renders/b.mov
            """, ["name-format@1", "output-path@3", "name-format@7", "output-path@8"]),
        Case("a JSON body with a local frame and a bad type", file: "body.json",
             #"{"model": "seedance_2_0_pro", "prompt": "a", "first_image": "C:\\frames\\a.png", "generateAudio": "yes"}"#,
             ["media-url@1", "field-type@1"]),
    ]
}
